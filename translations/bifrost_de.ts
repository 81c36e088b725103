<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddOrganizationCommand</name>
    <message>
        <source>Add organization &quot;%1&quot;</source>
        <translation>Organisation „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>ApplyPresetCommand</name>
    <message>
        <source>Apply preset</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Apply preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“ anwenden</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>The OAuth settings of this integration were changed after the preset was applied; undo would overwrite that change, so it is not undone.</source>
        <translation>Die OAuth-Einstellungen dieser Integration wurden nach dem Anwenden der Vorlage geändert; das Rückgängigmachen würde diese Änderung überschreiben und wird daher nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Undoing the preset would remove the OAuth settings and the tokens of the connections made since; disconnect them first, or change the settings instead.</source>
        <translation>Das Rückgängigmachen der Vorlage würde die OAuth-Einstellungen und die Tokens der seitdem hergestellten Verbindungen entfernen; trennen Sie diese Verbindungen zuerst, oder ändern Sie stattdessen die Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>tokens are secrets: --include-tokens cannot be combined with --no-secrets</source>
        <translation>Tokens sind Geheimnisse: --include-tokens kann nicht mit --no-secrets kombiniert werden</translation>
    </message>
    <message>
        <source>the bundle passphrase must have at least %1 characters; choose a longer one, or export without secrets (--no-secrets)</source>
        <translation>die Passphrase des Pakets muss mindestens %1 Zeichen haben; wählen Sie eine längere, oder exportieren Sie ohne Geheimnisse (--no-secrets)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>%1: default connection</source>
        <translation>%1: Standardverbindung</translation>
    </message>
    <message>
        <source>%1: connection of %2</source>
        <translation>%1: Verbindung von %2</translation>
    </message>
    <message>
        <source>the secret value of %1 is missing from the secret store, so it cannot be exported; set it again, or find such problems with `bifrostctl doctor`</source>
        <translation>der geheime Wert von %1 fehlt im Geheimnisspeicher und kann daher nicht exportiert werden; setzen Sie ihn erneut, oder finden Sie solche Probleme mit `bifrostctl doctor`</translation>
    </message>
    <message>
        <source>unknown --on-conflict &quot;%1&quot;; use skip (leave existing integrations as they are), replace (make them the bundle&apos;s) or merge (add what they lack)</source>
        <translation>unbekanntes --on-conflict „%1“; verwenden Sie skip (vorhandene Integrationen bleiben, wie sie sind), replace (sie werden durch die des Pakets ersetzt) oder merge (fehlende Teile werden ergänzt)</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot;</source>
        <translation>Organisation „%1“</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;</source>
        <translation>Integration „%1“</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <source>schema of %1</source>
        <translation>Schema von %1</translation>
    </message>
    <message>
        <source>value %1: %2 (%3)</source>
        <translation>Wert %1: %2 (%3)</translation>
    </message>
    <message>
        <source>mapping %1 (%2)</source>
        <translation>Zuordnung %1 (%2)</translation>
    </message>
    <message>
        <source>OAuth settings of %1</source>
        <translation>OAuth-Einstellungen von %1</translation>
    </message>
    <message>
        <source>OAuth tokens of %1 (default connection)</source>
        <translation>OAuth-Tokens von %1 (Standardverbindung)</translation>
    </message>
    <message>
        <source>OAuth tokens of %1 (%2)</source>
        <translation>OAuth-Tokens von %1 (%2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the bundle is damaged or was edited: %1; export it again</source>
        <translation>das Paket ist beschädigt oder wurde bearbeitet: %1; exportieren Sie es erneut</translation>
    </message>
    <message>
        <source>the bundle was changed or damaged after it was exported (it does not match what Bifrost Admin wrote, so nothing in it can be trusted); export it again</source>
        <translation>das Paket wurde nach dem Export verändert oder beschädigt (es stimmt nicht mit dem überein, was Bifrost Admin geschrieben hat, daher ist nichts darin vertrauenswürdig); exportieren Sie es erneut</translation>
    </message>
    <message>
        <source>%1 has an unknown property &quot;%2&quot;</source>
        <translation>%1 hat eine unbekannte Eigenschaft &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not text</source>
        <translation>%1: &quot;%2&quot; fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not a whole number</source>
        <translation>%1: &quot;%2&quot; fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not true/false</source>
        <translation>%1: &quot;%2&quot; fehlt oder ist nicht true/false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 time</source>
        <translation>%1: &quot;%2&quot; ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a list of text</source>
        <translation>%1 ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>%1 is not a secret reference</source>
        <translation>%1 ist kein Verweis auf ein Geheimnis</translation>
    </message>
    <message>
        <source>%1 refers to a secret the bundle does not hold</source>
        <translation>%1 verweist auf ein Geheimnis, das nicht im Paket enthalten ist</translation>
    </message>
    <message>
        <source>%1 reuses a secret of another value</source>
        <translation>%1 verwendet ein Geheimnis eines anderen Werts erneut</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a field of the schema</source>
        <translation>%1 ist kein Feld des Schemas</translation>
    </message>
    <message>
        <source>%1: unknown flow or client authentication</source>
        <translation>%1: unbekannter Flow oder unbekannte Client-Authentifizierung</translation>
    </message>
    <message>
        <source>%1: &quot;extra_params&quot; is not a list of pairs</source>
        <translation>%1: &quot;extra_params&quot; ist keine Liste von Paaren</translation>
    </message>
    <message>
        <source>%1: &quot;organization_id&quot; is not text or null</source>
        <translation>%1: &quot;organization_id&quot; ist weder Text noch null</translation>
    </message>
    <message>
        <source>%1 has no access token</source>
        <translation>%1 hat kein Zugriffstoken</translation>
    </message>
    <message>
        <source>%1 is not an object or null</source>
        <translation>%1 ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <source>%1: &quot;connections&quot; does not match &quot;tokens&quot;</source>
        <translation>%1: &quot;connections&quot; passt nicht zu &quot;tokens&quot;</translation>
    </message>
    <message>
        <source>%1 lists one connection twice</source>
        <translation>%1 führt eine Verbindung doppelt auf</translation>
    </message>
    <message>
        <source>%1: &quot;overrides&quot; is not an object</source>
        <translation>%1: &quot;overrides&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 has overrides of an organization the bundle does not list</source>
        <translation>%1 hat Überschreibungen einer Organisation, die das Paket nicht aufführt</translation>
    </message>
    <message>
        <source>%1: &quot;mappings&quot; is not a list</source>
        <translation>%1: &quot;mappings&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>%1: a mapping is not an object</source>
        <translation>%1: eine Zuordnung ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 has a mapping of an unlisted organization, or two of one</source>
        <translation>%1 hat eine Zuordnung einer nicht aufgeführten Organisation oder zwei Zuordnungen derselben</translation>
    </message>
    <message>
        <source>%1 has a connection of an organization the bundle does not list</source>
        <translation>%1 hat eine Verbindung einer Organisation, die das Paket nicht aufführt</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>it says it holds tokens but has no sealed block</source>
        <translation>es gibt an, Tokens zu enthalten, hat aber keinen versiegelten Block</translation>
    </message>
    <message>
        <source>&quot;organizations&quot; is not a list</source>
        <translation>&quot;organizations&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>eine Organisation</translation>
    </message>
    <message>
        <source>an organization is not an object</source>
        <translation>eine Organisation ist kein Objekt</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot; has an empty or repeated id</source>
        <translation>die Organisation „%1“ hat eine leere oder mehrfach vergebene ID</translation>
    </message>
    <message>
        <source>&quot;integrations&quot; is not a list</source>
        <translation>&quot;integrations&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; appears twice</source>
        <translation>die Integration „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the sealed block holds secrets that nothing refers to</source>
        <translation>der versiegelte Block enthält Geheimnisse, auf die nichts verweist</translation>
    </message>
    <message>
        <source>the key derivation has an unknown property &quot;%1&quot;</source>
        <translation>die Schlüsselableitung hat eine unbekannte Eigenschaft &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the key derivation is not scrypt</source>
        <translation>die Schlüsselableitung ist nicht scrypt</translation>
    </message>
    <message>
        <source>the key derivation parameter &quot;%1&quot; is not a whole number</source>
        <translation>der Parameter &quot;%1&quot; der Schlüsselableitung ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the key derivation salt or check is malformed</source>
        <translation>Salt oder Prüfwert der Schlüsselableitung sind fehlerhaft</translation>
    </message>
    <message>
        <source>this bundle holds encrypted secrets; give the passphrase it was exported with (--passphrase-stdin, or type it when asked)</source>
        <translation>dieses Paket enthält verschlüsselte Geheimnisse; geben Sie die Passphrase an, mit der es exportiert wurde (--passphrase-stdin, oder geben Sie sie bei der Abfrage ein)</translation>
    </message>
    <message>
        <source>wrong passphrase: it does not open this bundle; give the passphrase it was exported with</source>
        <translation>falsche Passphrase: sie öffnet dieses Paket nicht; geben Sie die Passphrase an, mit der es exportiert wurde</translation>
    </message>
    <message>
        <source>the bundle is not valid JSON (%1: %2); it is damaged or not a bundle</source>
        <translation>das Paket ist kein gültiges JSON (%1: %2); es ist beschädigt oder kein Paket</translation>
    </message>
    <message>
        <source>this file is not a Bifrost Admin bundle (it has no &quot;format&quot;: &quot;bifrost-bundle&quot;); export one with `bifrostctl export`</source>
        <translation>diese Datei ist kein Paket von Bifrost Admin (sie hat kein &quot;format&quot;: &quot;bifrost-bundle&quot;); exportieren Sie eines mit `bifrostctl export`</translation>
    </message>
    <message>
        <source>its format version is not a positive whole number</source>
        <translation>seine Formatversion ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>the bundle was made by a newer Bifrost Admin (bundle format version %1; this version reads up to %2); update Bifrost Admin to import it</source>
        <translation>das Paket wurde von einer neueren Version von Bifrost Admin erstellt (Paketformatversion %1; diese Version liest bis %2); aktualisieren Sie Bifrost Admin, um es zu importieren</translation>
    </message>
    <message>
        <source>its sealed block does not hold a list of secrets</source>
        <translation>sein versiegelter Block enthält keine Liste von Geheimnissen</translation>
    </message>
    <message>
        <source>its sealed block holds a secret that is not text</source>
        <translation>sein versiegelter Block enthält ein Geheimnis, das kein Text ist</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s value and this field disagree on being a secret</source>
        <translation>%1: der Wert im Paket und dieses Feld sind sich nicht einig, ob es sich um ein Geheimnis handelt</translation>
    </message>
    <message>
        <source>%1: %2 (default): bifrostctl config set %3 %4 --stdin</source>
        <translation>%1: %2 (Standardwert): bifrostctl config set %3 %4 --stdin</translation>
    </message>
    <message>
        <source>%1: %2 (%3): bifrostctl config set %4 %5 --org %6 --stdin</source>
        <translation>%1: %2 (%3): bifrostctl config set %4 %5 --org %6 --stdin</translation>
    </message>
    <message>
        <source>%1: OAuth client secret: bifrostctl oauth set %2 --client-secret-stdin</source>
        <translation>%1: OAuth-Client-Geheimnis: bifrostctl oauth set %2 --client-secret-stdin</translation>
    </message>
    <message>
        <source>%1 from a bundle made by %2 on %3</source>
        <translation>%1 aus einem Paket von %2 (erstellt am %3)</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot; of the bundle is &quot;%2&quot; here (same id); its values and mappings go to &quot;%2&quot;</source>
        <translation>die Organisation „%1“ des Pakets heißt hier „%2“ (gleiche ID); ihre Werte und Zuordnungen gehen an „%2“</translation>
    </message>
    <message>
        <source>the bundle lists an organization with an empty name; export it again</source>
        <translation>das Paket führt eine Organisation mit leerem Namen auf; exportieren Sie es erneut</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth settings</source>
        <translation>OAuth-Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>%n OAuth connection(s)</source>
        <translation>
            <numerusform>%n OAuth-Verbindung</numerusform>
            <numerusform>%n OAuth-Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>default entity id</source>
        <translation>Standard-Entitäts-ID</translation>
    </message>
    <message>
        <source>entity id label</source>
        <translation>Bezeichnung der Entitäts-ID</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>field order</source>
        <translation>Reihenfolge der Felder</translation>
    </message>
    <message>
        <source>the bundle leaves secrets out; the secret here is kept</source>
        <translation>das Paket enthält keine Geheimnisse; das Geheimnis hier bleibt erhalten</translation>
    </message>
    <message>
        <source>the field becomes a secret that the bundle leaves out</source>
        <translation>das Feld wird zu einem Geheimnis, das das Paket nicht enthält</translation>
    </message>
    <message>
        <source>with its OAuth connection; its overrides follow the bundle</source>
        <translation>samt OAuth-Verbindung; die Überschreibungen richten sich nach dem Paket</translation>
    </message>
    <message>
        <source>with every OAuth connection</source>
        <translation>samt allen OAuth-Verbindungen</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>fills %1</source>
        <translation>ergänzt %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;: field &quot;%2&quot; is %3 here and %4 in the bundle, so merge cannot combine them; use --on-conflict replace to take the bundle&apos;s, or change the field here first</source>
        <translation>Integration „%1“: das Feld „%2“ ist hier %3 und im Paket %4, daher kann merge sie nicht zusammenführen; verwenden Sie --on-conflict replace, um die Definition des Pakets zu übernehmen, oder ändern Sie zuerst das Feld hier</translation>
    </message>
    <message>
        <source>defined differently here; merge keeps this definition</source>
        <translation>hier anders definiert; merge behält diese Definition</translation>
    </message>
    <message>
        <source>the bundle leaves secrets out; the value here is kept</source>
        <translation>das Paket enthält keine Geheimnisse; der Wert hier bleibt erhalten</translation>
    </message>
    <message>
        <source>the field here does not accept it: %1</source>
        <translation>das Feld hier lässt ihn nicht zu: %1</translation>
    </message>
    <message>
        <source>a different value is set here; merge keeps it</source>
        <translation>hier ist ein anderer Wert gesetzt; merge behält ihn</translation>
    </message>
    <message>
        <source>mapped differently here; merge keeps it</source>
        <translation>hier anders zugeordnet; merge behält diese Zuordnung</translation>
    </message>
    <message>
        <source>set differently here; merge keeps these settings</source>
        <translation>hier anders eingestellt; merge behält diese Einstellungen</translation>
    </message>
    <message>
        <source>connected here already; merge keeps that connection</source>
        <translation>hier bereits verbunden; merge behält diese Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) of the bundle exist here already: %1; choose what to do with --on-conflict skip (leave them as they are), replace (make them the bundle&apos;s) or merge (add what they lack)</source>
        <translation>
            <numerusform>%n Integration des Pakets existiert hier bereits: %1; wählen Sie mit --on-conflict, was damit geschehen soll: skip (bleibt, wie sie ist), replace (wird durch die des Pakets ersetzt) oder merge (Fehlendes wird ergänzt)</numerusform>
            <numerusform>%n Integrationen des Pakets existieren hier bereits: %1; wählen Sie mit --on-conflict, was damit geschehen soll: skip (bleiben, wie sie sind), replace (werden durch die des Pakets ersetzt) oder merge (Fehlendes wird ergänzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>it exists here; --on-conflict skip leaves it as it is</source>
        <translation>existiert hier; --on-conflict skip lässt sie unverändert</translation>
    </message>
    <message>
        <source>cannot read the bundle %1: %2</source>
        <translation>das Paket %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no bundle file %1; check the path</source>
        <translation>keine Paketdatei %1; prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than any Bifrost bundle (at most %3 MB); check that it is the right file</source>
        <translation>%1 ist %2 MB groß und damit größer als jedes Bifrost-Paket (höchstens %3 MB); prüfen Sie, ob es die richtige Datei ist</translation>
    </message>
</context>
<context>
    <name>CreateIntegrationCommand</name>
    <message>
        <source>Create integration &quot;%1&quot;</source>
        <translation>Integration „%1“ erstellen</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message numerus="yes">
        <source>%n secret(s) of the source are missing from %1, so nothing was copied: %2; set them again or remove them (see `bifrostctl doctor` on the source) and run migrate again</source>
        <translation>
            <numerusform>%n Geheimnis der Quelle fehlt im Geheimnisspeicher (%1), daher wurde nichts kopiert: %2; setzen Sie es erneut oder entfernen Sie es (siehe `bifrostctl doctor` für die Quelle), und führen Sie migrate erneut aus</numerusform>
            <numerusform>%n Geheimnisse der Quelle fehlen im Geheimnisspeicher (%1), daher wurde nichts kopiert: %2; setzen Sie sie erneut oder entfernen Sie sie (siehe `bifrostctl doctor` für die Quelle), und führen Sie migrate erneut aus</numerusform>
        </translation>
    </message>
    <message>
        <source>the target %1 lacks %2 that the source has; both must be at the same schema version: use the same Bifrost Admin version for both</source>
        <translation>dem Ziel %1 fehlt, was die Quelle hat: %2; beide müssen dieselbe Schemaversion haben: verwenden Sie für beide dieselbe Version von Bifrost Admin</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>the target %1 already holds %2; migrate copies only into a new, empty database: create one and run migrate again</source>
        <translation>das Ziel %1 enthält bereits %2; migrate kopiert nur in eine neue, leere Datenbank: legen Sie eine an, und führen Sie migrate erneut aus</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>the source and the target are the same database</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank</translation>
    </message>
    <message>
        <source>writing the secrets into %1 failed, so nothing was copied: %2</source>
        <translation>das Schreiben der Geheimnisse in %1 ist fehlgeschlagen, daher wurde nichts kopiert: %2</translation>
    </message>
    <message>
        <source>the target %1 already has rows in the table &quot;%2&quot;; migrate copies only into a new, empty database</source>
        <translation>das Ziel %1 hat bereits Zeilen in der Tabelle „%2“; migrate kopiert nur in eine neue, leere Datenbank</translation>
    </message>
    <message>
        <source>copying the table &quot;%1&quot; failed, so nothing was copied: %2</source>
        <translation>das Kopieren der Tabelle „%1“ ist fehlgeschlagen, daher wurde nichts kopiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>copied %1 from %2 (%n secret(s))</source>
        <translation>
            <numerusform>%1 aus %2 kopiert (%n Geheimnis)</numerusform>
            <numerusform>%1 aus %2 kopiert (%n Geheimnisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has %2 row(s) in the source and %3 in the target</source>
        <translation>die Tabelle „%1“ hat %2 Zeile(n) in der Quelle und %3 im Ziel</translation>
    </message>
    <message>
        <source>%1 (%2) differs in %3</source>
        <translation>%1 (%2) unterscheidet sich in %3</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>(the target cannot resolve it: %1)</source>
        <translation>(im Ziel nicht auflösbar: %1)</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The OS keychain answers (write, read and delete of a probe entry).</source>
        <translation>Der Schlüsselbund des Betriebssystems antwortet (Schreiben, Lesen und Löschen eines Testeintrags).</translation>
    </message>
    <message>
        <source>the vault file %1 does not exist, yet the database refers to secrets in it; restore the file from a backup, or set the secrets again</source>
        <translation>die Tresordatei %1 existiert nicht, obwohl die Datenbank auf Geheimnisse darin verweist; stellen Sie die Datei aus einer Sicherung wieder her, oder setzen Sie die Geheimnisse erneut</translation>
    </message>
    <message>
        <source>The vault %1 does not exist yet; it is created with the first secret.</source>
        <translation>Der Tresor %1 existiert noch nicht; er wird mit dem ersten Geheimnis angelegt.</translation>
    </message>
    <message>
        <source>The vault %1 opens with the passphrase.</source>
        <translation>Der Tresor %1 lässt sich mit der Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation>Geheimnisse werden hier aufbewahrt: %1.</translation>
    </message>
    <message>
        <source>The database file %1 is intact and its references are consistent.</source>
        <translation>Die Datenbankdatei %1 ist intakt, und ihre Verweise sind konsistent.</translation>
    </message>
    <message>
        <source>%1. Restore the database from a backup, or export what still reads (`bifrostctl export`) into a new one.</source>
        <translation>%1. Stellen Sie die Datenbank aus einer Sicherung wieder her, oder exportieren Sie, was sich noch lesen lässt (`bifrostctl export`), in eine neue.</translation>
    </message>
    <message>
        <source>The secret references cannot be read (%1); the secret checks were skipped.</source>
        <translation>Die Verweise auf Geheimnisse können nicht gelesen werden (%1); die Prüfungen der Geheimnisse wurden übersprungen.</translation>
    </message>
    <message>
        <source>The database records its secrets in the %1 backend, but %2 was opened; use --secrets %1.</source>
        <translation>Die Datenbank verzeichnet ihre Geheimnisse im Backend %1, geöffnet wurde aber: %2; verwenden Sie --secrets %1.</translation>
    </message>
    <message>
        <source>The secrets were not checked: the secret backend did not answer.</source>
        <translation>Die Geheimnisse wurden nicht geprüft: das Geheimnis-Backend hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The secret of %1 is missing from %2; set it again with `%3`.</source>
        <translation>Das Geheimnis von %1 fehlt im Geheimnisspeicher (%2); setzen Sie es erneut mit `%3`.</translation>
    </message>
    <message numerus="yes">
        <source>Every secret reference (%n) has its entry.</source>
        <translation>
            <numerusform>Jeder Verweis auf ein Geheimnis (%n) hat seinen Eintrag.</numerusform>
            <numerusform>Alle Verweise auf Geheimnisse (%n) haben ihren Eintrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned secrets were not looked for: %1</source>
        <translation>Nach verwaisten Geheimnissen wurde nicht gesucht: %1</translation>
    </message>
    <message>
        <source>The entry %1 in %2 belongs to this database but no setting refers to it; `bifrostctl doctor --fix` removes it.</source>
        <translation>Der Eintrag %1 (%2) gehört zu dieser Datenbank, aber keine Einstellung verweist darauf; `bifrostctl doctor --fix` entfernt ihn.</translation>
    </message>
    <message>
        <source>Removed the entry %1 from %2: no setting referred to it.</source>
        <translation>Eintrag %1 entfernt (%2): keine Einstellung verwies darauf.</translation>
    </message>
    <message>
        <source>Removing it failed: %1</source>
        <translation>Das Entfernen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No orphaned entries of this database in %1.</source>
        <translation>Keine verwaisten Einträge dieser Datenbank (%1).</translation>
    </message>
    <message>
        <source>The secrets could not be checked: %1</source>
        <translation>Die Geheimnisse konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The OAuth refresh leases could not be read: %1</source>
        <translation>Die OAuth-Erneuerungssperren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stale OAuth refresh leases.</source>
        <translation>Keine veralteten OAuth-Erneuerungssperren.</translation>
    </message>
    <message>
        <source>Removed the expired OAuth refresh lease of %1.</source>
        <translation>Abgelaufene OAuth-Erneuerungssperre von %1 entfernt.</translation>
    </message>
    <message>
        <source>The OAuth refresh lease of %1 has expired (a refresh that did not finish); it is harmless, and `bifrostctl doctor --fix` removes it.</source>
        <translation>Die OAuth-Erneuerungssperre von %1 ist abgelaufen (eine Erneuerung, die nicht abgeschlossen wurde); sie ist harmlos, und `bifrostctl doctor --fix` entfernt sie.</translation>
    </message>
    <message>
        <source>the secrets of this database are already in the %1 (%2); nothing to move</source>
        <translation>die Geheimnisse dieser Datenbank liegen bereits im Backend %1 (%2); es gibt nichts zu verschieben</translation>
    </message>
    <message>
        <source>the secret of %1 is missing from %2, so nothing was moved; set it again or see `bifrostctl doctor`</source>
        <translation>das Geheimnis von %1 fehlt im Geheimnisspeicher (%2), daher wurde nichts verschoben; setzen Sie es erneut, oder prüfen Sie mit `bifrostctl doctor`</translation>
    </message>
    <message>
        <source>moving the secrets to %1 failed, and nothing was moved: %2</source>
        <translation>das Verschieben der Geheimnisse ist fehlgeschlagen (Ziel: %1), es wurde nichts verschoben: %2</translation>
    </message>
    <message>
        <source>%1 did not return the secrets written to it, so nothing was moved%2</source>
        <translation>%1: die hineingeschriebenen Geheimnisse wurden nicht zurückgeliefert, daher wurde nichts verschoben%2</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 has every table readable and its constraints validated; the server enforces its references.</source>
        <translation>In der PostgreSQL-Datenbank %1 sind alle Tabellen lesbar und alle Integritätsbedingungen validiert; der Server setzt ihre Verweise durch.</translation>
    </message>
</context>
<context>
    <name>ExampleData</name>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The address of the HaloPSA instance.</source>
        <translation>Die Adresse der HaloPSA-Instanz.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The HaloPSA tenant, for hosted instances that serve several.</source>
        <translation>Der HaloPSA-Mandant, bei gehosteten Instanzen, die mehrere Mandanten bedienen.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The API application&apos;s client ID (HaloPSA: Configuration &gt; Integrations &gt; HaloPSA API).</source>
        <translation>Die Client-ID der API-Anwendung (HaloPSA: Configuration &gt; Integrations &gt; HaloPSA API).</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>The API application&apos;s client secret.</source>
        <translation>Das Client-Geheimnis der API-Anwendung.</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <source>How long a request may take before it is abandoned.</source>
        <translation>Wie lange eine Anfrage dauern darf, bevor sie abgebrochen wird.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Turn off only for a test instance with a self-signed certificate.</source>
        <translation>Nur für eine Testinstanz mit selbstsigniertem Zertifikat ausschalten.</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Tickettypen</translation>
    </message>
    <message>
        <source>Which HaloPSA ticket type IDs the workflows create, by purpose.</source>
        <translation>Welche HaloPSA-Tickettyp-IDs die Workflows anlegen, nach Zweck.</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorität</translation>
    </message>
    <message>
        <source>The Microsoft identity platform cloud: global, or US Government.</source>
        <translation>Die Cloud der Microsoft Identity Platform: global oder US Government.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>The app registration in the customer&apos;s tenant.</source>
        <translation>Die App-Registrierung im Mandanten des Kunden.</translation>
    </message>
    <message>
        <source>A client secret of that app registration.</source>
        <translation>Ein Client-Geheimnis dieser App-Registrierung.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>The scopes requested, as a JSON array.</source>
        <translation>Die angeforderten Bereiche als JSON-Array.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>How many items one Microsoft Graph request returns.</source>
        <translation>Wie viele Elemente eine Microsoft-Graph-Anfrage zurückgibt.</translation>
    </message>
    <message>
        <source>the database already holds %1 integration(s) and %2 organization(s); example data is only loaded into an empty database, so that it never mixes with real data: use a new database file to try it</source>
        <translation>die Datenbank enthält bereits %1 Integration(en) und %2 Organisation(en); Beispieldaten werden nur in eine leere Datenbank geladen, damit sie sich nie mit echten Daten vermischen: verwenden Sie zum Ausprobieren eine neue Datenbankdatei</translation>
    </message>
    <message>
        <source>Example: the MSP&apos;s HaloPSA service desk, one instance for every customer.</source>
        <translation>Beispiel: der HaloPSA-Servicedesk des MSP, eine Instanz für jeden Kunden.</translation>
    </message>
    <message>
        <source>Example: Microsoft Graph with an app registration in each customer&apos;s tenant.</source>
        <translation>Beispiel: Microsoft Graph mit einer App-Registrierung im Mandanten jedes Kunden.</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>(secret changed)</source>
        <translation>(Geheimnis geändert)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>cannot %1: access to the OS keychain was denied (%2); unlock the keychain and allow Bifrost Admin to use it</source>
        <translation>%1 nicht möglich: der Zugriff auf den Schlüsselbund des Betriebssystems wurde verweigert (%2); entsperren Sie den Schlüsselbund und erlauben Sie Bifrost Admin, ihn zu verwenden</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Schlüsselbund des Betriebssystems (Dienst „%1“)</translation>
    </message>
    <message>
        <source>the secret %1 is missing from the OS keychain; set the value again</source>
        <translation>das Geheimnis %1 fehlt im Schlüsselbund des Betriebssystems; setzen Sie den Wert erneut</translation>
    </message>
    <message>
        <source>read a secret</source>
        <translation>Lesen eines Geheimnisses</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>store a secret</source>
        <translation>Speichern eines Geheimnisses</translation>
    </message>
    <message>
        <source>delete a secret</source>
        <translation>Löschen eines Geheimnisses</translation>
    </message>
    <message>
        <source>cannot %1: the OS keychain is not reachable (%2). Start and unlock a keychain service for this session (on Linux a Secret Service provider such as gnome-keyring) and try again, or keep secrets in an encrypted vault file instead: --secrets vault (or BIFROST_SECRETS=vault); settings that are not secrets keep working without either</source>
        <translation>%1 nicht möglich: der Schlüsselbund des Betriebssystems ist nicht erreichbar (%2). Starten und entsperren Sie für diese Sitzung einen Schlüsselbunddienst (unter Linux einen Secret-Service-Anbieter wie gnome-keyring) und versuchen Sie es erneut, oder bewahren Sie Geheimnisse stattdessen in einer verschlüsselten Tresordatei auf: --secrets vault (oder BIFROST_SECRETS=vault); Einstellungen, die keine Geheimnisse sind, funktionieren auch ohne beides</translation>
    </message>
    <message>
        <source>list the secrets</source>
        <translation>Auflisten der Geheimnisse</translation>
    </message>
    <message>
        <source>no D-Bus session bus: %1</source>
        <translation>kein D-Bus-Sitzungsbus: %1</translation>
    </message>
    <message>
        <source>unexpected answer from the Secret Service</source>
        <translation>unerwartete Antwort vom Secret Service</translation>
    </message>
    <message>
        <source>cannot list the secrets: listing OS keychain entries is only available through the Secret Service (Linux); keep secrets in an encrypted vault file instead (--secrets vault) to list them</source>
        <translation>die Geheimnisse können nicht aufgelistet werden: Einträge im Schlüsselbund des Betriebssystems lassen sich nur über den Secret Service (Linux) auflisten; bewahren Sie Geheimnisse stattdessen in einer verschlüsselten Tresordatei auf (--secrets vault), um sie aufzulisten</translation>
    </message>
    <message>
        <source>the keychain did not return the value just stored in it</source>
        <translation>der Schlüsselbund hat den gerade darin gespeicherten Wert nicht zurückgegeben</translation>
    </message>
</context>
<context>
    <name>MappingImport</name>
    <message>
        <source>line %1 looks like a header row but is not one: name the columns organization, entity_id and optionally entity_name, each once, in any order</source>
        <translation>Zeile %1 sieht wie eine Kopfzeile aus, ist aber keine: benennen Sie die Spalten organization, entity_id und optional entity_name, jede genau einmal, in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>lines %1 and %2 both map organization &quot;%3&quot;; keep one row per organization</source>
        <translation>die Zeilen %1 und %2 ordnen beide die Organisation „%3“ zu; behalten Sie eine Zeile pro Organisation</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed; end it with a double quote (&quot;), and double any quote inside it (&quot;&quot;)</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen; beenden Sie es mit einem doppelten Anführungszeichen (&quot;), und verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: text follows the closing quote of a quoted field; to put a quote inside a quoted field, double it (&quot;&quot;)</source>
        <translation>Zeile %1: auf das schließende Anführungszeichen eines Felds in Anführungszeichen folgt Text; um ein Anführungszeichen in ein solches Feld zu setzen, verdoppeln Sie es (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: expected %2 columns as in the header row, found %3</source>
        <translation>Zeile %1: %2 Spalten wie in der Kopfzeile erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>line %1: expected 2 or 3 columns (organization,entity_id,entity_name), found %2</source>
        <translation>Zeile %1: 2 oder 3 Spalten erwartet (organization,entity_id,entity_name), %2 gefunden</translation>
    </message>
    <message>
        <source>; separate the columns with commas, not semicolons</source>
        <translation>; trennen Sie die Spalten durch Kommas, nicht durch Semikolons</translation>
    </message>
    <message>
        <source>; put a field that contains a comma in double quotes</source>
        <translation>; setzen Sie ein Feld, das ein Komma enthält, in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: the organization is empty; every row needs the name of an organization</source>
        <translation>Zeile %1: die Organisation ist leer; jede Zeile braucht den Namen einer Organisation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>„%1“ (Zeile %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) in the file do not exist: %1; add them first (`bifrostctl org add`), or let the import create them (--create-organizations)</source>
        <translation>
            <numerusform>%n Organisation in der Datei existiert nicht: %1; legen Sie sie zuerst an (`bifrostctl org add`) oder lassen Sie sie vom Import anlegen (--create-organizations)</numerusform>
            <numerusform>%n Organisationen in der Datei existieren nicht: %1; legen Sie sie zuerst an (`bifrostctl org add`) oder lassen Sie sie vom Import anlegen (--create-organizations)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>NameMatcher</name>
    <message>
        <source>line %1 looks like a header row but is not one: name the columns entity_id and entity_name (or id and name)</source>
        <translation>Zeile %1 sieht wie eine Kopfzeile aus, ist aber keine: benennen Sie die Spalten entity_id und entity_name (oder id und name)</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorgetrennte</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennte</translation>
    </message>
    <message>
        <source>line %1: expected two %2 columns, the entity id and the entity name, found %3; put a name that contains a comma in double quotes</source>
        <translation>Zeile %1: zwei %2 Spalten erwartet, die Entitäts-ID und den Entitätsnamen, %3 gefunden; setzen Sie einen Namen, der ein Komma enthält, in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: the entity %2 is empty; every line needs an entity id and a name</source>
        <translation>Zeile %1: %2 der Entität ist leer; jede Zeile braucht eine Entitäts-ID und einen Namen</translation>
    </message>
    <message>
        <source>id</source>
        <translation>die ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>lines %1 and %2 both have entity id &quot;%3&quot;; each entity must be listed once</source>
        <translation>die Zeilen %1 und %2 haben beide die Entitäts-ID „%3“; jede Entität darf nur einmal aufgeführt werden</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>%1 &quot;%2&quot; has a &apos;}&apos; without a matching &apos;{&apos;; placeholders are written {entity_id} or {config.KEY}</source>
        <translation>%1 „%2“ enthält ein &apos;}&apos; ohne passendes &apos;{&apos;; Platzhalter werden als {entity_id} oder {config.KEY} geschrieben</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a &apos;{&apos; that is never closed; placeholders are written {entity_id} or {config.KEY}</source>
        <translation>%1 „%2“ enthält ein &apos;{&apos;, das nie geschlossen wird; Platzhalter werden als {entity_id} oder {config.KEY} geschrieben</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an unknown placeholder {%3}; the placeholders are {entity_id} and {config.KEY}, KEY being a schema field</source>
        <translation>%1 „%2“ enthält den unbekannten Platzhalter {%3}; die Platzhalter sind {entity_id} und {config.KEY}, wobei KEY ein Schemafeld ist</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must use https (plain http is allowed only for loopback hosts such as 127.0.0.1)</source>
        <translation>%1 „%2“ muss https verwenden (einfaches http ist nur für Loopback-Hosts wie 127.0.0.1 zulässig)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a space or control character; percent-encode it (%20)</source>
        <translation>%1 „%2“ enthält ein Leer- oder Steuerzeichen; kodieren Sie es mit Prozentkodierung (%20)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid URL; write a full https URL such as https://login.example.com/oauth2/token</source>
        <translation>%1 „%2“ ist keine gültige URL; geben Sie eine vollständige https-URL an, etwa https://login.example.com/oauth2/token</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a full URL; write it with https://, such as https://login.example.com/oauth2/token</source>
        <translation>%1 „%2“ ist keine vollständige URL; geben Sie sie mit https:// an, etwa https://login.example.com/oauth2/token</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no host; write a full URL such as https://login.example.com/oauth2/token</source>
        <translation>%1 „%2“ hat keinen Host; geben Sie eine vollständige URL an, etwa https://login.example.com/oauth2/token</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains a user name or password; credentials never go into an OAuth URL: set the client id and secret instead</source>
        <translation>%1 „%2“ enthält einen Benutzernamen oder ein Passwort; Anmeldedaten gehören nie in eine OAuth-URL: legen Sie stattdessen Client-ID und Client-Geheimnis fest</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a fragment (#...), which OAuth endpoints must not have (RFC 6749 §3.1); remove it</source>
        <translation>%1 „%2“ enthält ein Fragment (#...), das OAuth-Endpunkte nicht haben dürfen (RFC 6749 §3.1); entfernen Sie es</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot;</source>
        <translation>Organisation „%1“</translation>
    </message>
    <message>
        <source>the global scope</source>
        <translation>den globalen Geltungsbereich</translation>
    </message>
    <message>
        <source>%1 needs {entity_id}, but organization &quot;%2&quot; has no entity id and the integration no default entity id; set one with `bifrostctl mapping set %3 --org &quot;%2&quot; --entity-id ID` or `bifrostctl integration update %3 --default-entity-id ID`</source>
        <translation>%1 braucht {entity_id}, aber die Organisation „%2“ hat keine Entitäts-ID und die Integration keine Standard-Entitäts-ID; legen Sie eine fest mit `bifrostctl mapping set %3 --org &quot;%2&quot; --entity-id ID` oder `bifrostctl integration update %3 --default-entity-id ID`</translation>
    </message>
    <message>
        <source>%1 needs {entity_id}, but integration &quot;%2&quot; has no default entity id; set one with `bifrostctl integration update %2 --default-entity-id ID` or name an organization that has a mapping</source>
        <translation>%1 braucht {entity_id}, aber die Integration „%2“ hat keine Standard-Entitäts-ID; legen Sie eine fest mit `bifrostctl integration update %2 --default-entity-id ID` oder geben Sie eine Organisation an, die eine Zuordnung hat</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; uses {config.%3}, but &quot;%3&quot; is a secret field; secrets are never put into URLs: use a string field for the URL part</source>
        <translation>%1 „%2“ verwendet {config.%3}, aber „%3“ ist ein geheimes Feld; Geheimnisse werden nie in URLs eingesetzt: verwenden Sie für den URL-Teil ein Feld vom Typ string</translation>
    </message>
    <message>
        <source>%1 needs {config.%2}, but &quot;%2&quot; has no value for %3 (or is not a field of integration &quot;%4&quot;); set it with `bifrostctl config set %4 %2 VALUE`</source>
        <translation>%1 braucht {config.%2}, aber „%2“ hat keinen Wert für %3 (oder ist kein Feld der Integration „%4“); setzen Sie ihn mit `bifrostctl config set %4 %2 VALUE`</translation>
    </message>
    <message>
        <source>%1 uses {config.%2}, but the value of &quot;%2&quot; is not text, a number or a boolean; use a string field for the URL part</source>
        <translation>%1 verwendet {config.%2}, aber der Wert von „%2“ ist weder Text noch eine Zahl noch ein boolescher Wert; verwenden Sie für den URL-Teil ein Feld vom Typ string</translation>
    </message>
    <message>
        <source>%1 needs {config.%2}, but &quot;%2&quot; is empty for %3; set it with `bifrostctl config set %4 %2 VALUE`</source>
        <translation>%1 braucht {config.%2}, aber „%2“ ist für %3 leer; setzen Sie den Wert mit `bifrostctl config set %4 %2 VALUE`</translation>
    </message>
    <message>
        <source>%1 is not set in the OAuth settings of integration &quot;%2&quot;; set it with `bifrostctl oauth set %2 ... %3` or on the OAuth tab</source>
        <translation>%1 ist in den OAuth-Einstellungen der Integration „%2“ nicht gesetzt; setzen Sie es mit `bifrostctl oauth set %2 ... %3` oder auf der Registerkarte „OAuth“</translation>
    </message>
    <message>
        <source>%1 is empty; give a full https URL</source>
        <translation>%1 ist leer; geben Sie eine vollständige https-URL an</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains &apos;{&apos; or &apos;}&apos; after its placeholders were filled; check the base URL it is built from</source>
        <translation>%1 „%2“ enthält nach dem Einsetzen der Platzhalter noch &apos;{&apos; oder &apos;}&apos;; prüfen Sie die Basis-URL, aus der sie gebildet wird</translation>
    </message>
    <message>
        <source>client_secret is not set for integration &quot;%1&quot;, but its client authentication is %2; pass --client-secret-stdin to `bifrostctl oauth set` or use --auth-method none</source>
        <translation>client_secret ist für die Integration „%1“ nicht gesetzt, aber ihre Client-Authentifizierung ist %2; übergeben Sie --client-secret-stdin an `bifrostctl oauth set` oder verwenden Sie --auth-method none</translation>
    </message>
    <message>
        <source>the redirect host must be &quot;127.0.0.1&quot; or &quot;localhost&quot;, not &quot;%1&quot;; set it with --redirect-host</source>
        <translation>der Weiterleitungs-Host muss „127.0.0.1“ oder „localhost“ sein, nicht „%1“; setzen Sie ihn mit --redirect-host</translation>
    </message>
    <message>
        <source>the redirect path must start with &quot;/&quot; and hold no query or fragment, not &quot;%1&quot;; set it with --redirect-path</source>
        <translation>der Weiterleitungspfad muss mit „/“ beginnen und darf weder Query noch Fragment enthalten, nicht „%1“; setzen Sie ihn mit --redirect-path</translation>
    </message>
    <message>
        <source>the loopback listener needs a state value</source>
        <translation>der Loopback-Listener braucht einen state-Wert</translation>
    </message>
    <message>
        <source>the port is in use on ::1</source>
        <translation>der Port wird auf ::1 bereits verwendet</translation>
    </message>
    <message>
        <source>could not open a loopback port for the OAuth redirect: %1; try again</source>
        <translation>für die OAuth-Weiterleitung konnte kein Loopback-Port geöffnet werden: %1; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>could not listen on %1 port %2 for the OAuth redirect: %3; close the program that uses the port or set another one with --redirect-port</source>
        <translation>Port %2 auf %1 kann nicht für die OAuth-Weiterleitung geöffnet werden: %3; schließen Sie das Programm, das den Port verwendet, oder legen Sie mit --redirect-port einen anderen fest</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>Die Anfrage ist nicht rechtzeitig eingetroffen.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>Die Anfrage war zu groß.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>Die Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht zulässig</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>Hier wird nur GET angenommen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Anmeldung nicht angenommen</translation>
    </message>
    <message>
        <source>The response carried an invalid or expired state. Start the connection again from Bifrost Admin.</source>
        <translation>Die Antwort enthielt einen ungültigen oder abgelaufenen state-Wert. Starten Sie die Verbindung erneut aus Bifrost Admin.</translation>
    </message>
    <message>
        <source>The response carried neither an authorization code nor an error.</source>
        <translation>Die Antwort enthielt weder einen Autorisierungscode noch einen Fehler.</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>Autorisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The provider answered: %1.</source>
        <translation>Der Anbieter hat geantwortet: %1.</translation>
    </message>
    <message>
        <source>The provider answered: %1 (%2).</source>
        <translation>Der Anbieter hat geantwortet: %1 (%2).</translation>
    </message>
    <message>
        <source>Authorization complete</source>
        <translation>Autorisierung abgeschlossen</translation>
    </message>
    <message>
        <source>Bifrost Admin received the authorization and is finishing the connection.</source>
        <translation>Bifrost Admin hat die Autorisierung erhalten und schließt die Verbindung ab.</translation>
    </message>
    <message>
        <source>the default OAuth connection of integration &quot;%1&quot;</source>
        <translation>die Standard-OAuth-Verbindung der Integration „%1“</translation>
    </message>
    <message>
        <source>the OAuth connection of organization &quot;%1&quot; to integration &quot;%2&quot;</source>
        <translation>die OAuth-Verbindung der Organisation „%1“ zur Integration „%2“</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; has no OAuth settings; set them with `bifrostctl oauth set %2 ...` or on the OAuth tab</source>
        <translation>die Integration „%1“ hat keine OAuth-Einstellungen; legen Sie sie mit `bifrostctl oauth set %2 ...` oder auf der Registerkarte „OAuth“ fest</translation>
    </message>
    <message>
        <source>%1 is not connected; connect it with `%2`</source>
        <translation>%1 ist nicht verbunden; verbinden Sie sie mit `%2`</translation>
    </message>
    <message>
        <source>%1 has failed and needs a reconnect: run `%2`</source>
        <translation>%1 ist fehlgeschlagen und muss neu verbunden werden: führen Sie `%2` aus</translation>
    </message>
    <message>
        <source>%1 needs a reconnect: %2</source>
        <translation>%1 muss neu verbunden werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the authorization did not finish within %1 s; connect again</source>
        <translation>die Autorisierung wurde nicht innerhalb von %1 s abgeschlossen; verbinden Sie erneut</translation>
    </message>
    <message>
        <source>no redirect arrived within %1 s; open the authorization URL and finish signing in before the timeout (raise it with --timeout), and check that the provider has the redirect URI %2 registered</source>
        <translation>innerhalb von %1 s ist keine Weiterleitung eingetroffen; öffnen Sie die Autorisierungs-URL und schließen Sie die Anmeldung vor Ablauf des Zeitlimits ab (erhöhen Sie es mit --timeout), und prüfen Sie, ob beim Anbieter die Weiterleitungs-URI %2 registriert ist</translation>
    </message>
    <message>
        <source>the provider refused the authorization: %1; nothing was stored</source>
        <translation>der Anbieter hat die Autorisierung verweigert: %1; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>the device authorization was not completed within %1 s; connect again</source>
        <translation>die Geräteautorisierung wurde nicht innerhalb von %1 s abgeschlossen; verbinden Sie erneut</translation>
    </message>
    <message>
        <source>the device code expired after %1 s before the authorization was completed; connect again</source>
        <translation>der Gerätecode ist nach %1 s abgelaufen, bevor die Autorisierung abgeschlossen war; verbinden Sie erneut</translation>
    </message>
    <message>
        <source>the provider refused the authorization: access_denied (denied on the device page); nothing was stored</source>
        <translation>der Anbieter hat die Autorisierung verweigert: access_denied (auf der Geräteseite abgelehnt); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>the device code expired before the authorization was completed (expired_token); connect again</source>
        <translation>der Gerätecode ist abgelaufen, bevor die Autorisierung abgeschlossen war (expired_token); verbinden Sie erneut</translation>
    </message>
    <message>
        <source>connecting %1 failed: %2; nothing was stored</source>
        <translation>das Verbinden von %1 ist fehlgeschlagen: %2; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>another Bifrost Admin process has been refreshing %1 for more than %2 s; try again later with `%3`</source>
        <translation>ein anderer Bifrost-Admin-Prozess erneuert %1 seit mehr als %2 s; versuchen Sie es später erneut mit `%3`</translation>
    </message>
    <message>
        <source>%1 has no refresh token (the provider did not issue one), so its access token cannot be renewed; reconnect with `%2`</source>
        <translation>%1 hat kein Aktualisierungstoken (der Anbieter hat keines ausgestellt), daher kann ihr Zugriffstoken nicht erneuert werden; verbinden Sie neu mit `%2`</translation>
    </message>
    <message>
        <source>could not reach the token endpoint for %1 after %2 attempts (%3); the connection is kept, try again later with `%4`</source>
        <translation>der Token-Endpunkt für %1 war nach %2 Versuchen nicht erreichbar (%3); die Verbindung bleibt erhalten, versuchen Sie es später erneut mit `%4`</translation>
    </message>
    <message>
        <source>the provider rejected the refresh token of %1 (invalid_grant): reconnect with `%2`</source>
        <translation>der Anbieter hat das Aktualisierungstoken von %1 abgelehnt (invalid_grant): verbinden Sie neu mit `%2`</translation>
    </message>
    <message>
        <source>the provider refused the client for %1 (%2): check the client id and secret (`bifrostctl oauth show %3`, change them with `bifrostctl oauth set`), then run `%4`</source>
        <translation>der Anbieter hat den Client für %1 abgelehnt (%2): prüfen Sie Client-ID und Client-Geheimnis (`bifrostctl oauth show %3`, ändern mit `bifrostctl oauth set`) und führen Sie dann `%4` aus</translation>
    </message>
    <message>
        <source>the provider refused to issue a token for %1: %2</source>
        <translation>der Anbieter hat die Ausstellung eines Tokens für %1 verweigert: %2</translation>
    </message>
    <message>
        <source>the provider refused to refresh the token of %1: %2</source>
        <translation>der Anbieter hat die Erneuerung des Tokens von %1 verweigert: %2</translation>
    </message>
    <message>
        <source>the tokens of %1 are missing from the secret store (removed outside Bifrost Admin?); reconnect with `%2`</source>
        <translation>die Tokens von %1 fehlen im Geheimnisspeicher (außerhalb von Bifrost Admin entfernt?); verbinden Sie neu mit `%2`</translation>
    </message>
    <message>
        <source>the access token of %1 expired at %2 and there is no refresh token to renew it; reconnect with `%3`</source>
        <translation>das Zugriffstoken von %1 ist am %2 abgelaufen, und es gibt kein Aktualisierungstoken, um es zu erneuern; verbinden Sie neu mit `%3`</translation>
    </message>
    <message>
        <source>the access token of %1 expires at %2 and cannot be renewed (no refresh token); reconnect before then with `%3`</source>
        <translation>das Zugriffstoken von %1 läuft am %2 ab und kann nicht erneuert werden (kein Aktualisierungstoken); verbinden Sie vorher neu mit `%3`</translation>
    </message>
    <message>
        <source>the provider did not confirm the revocation of %1 (%2); the tokens were deleted here, revoke the access at the provider if it must end now</source>
        <translation>der Anbieter hat den Widerruf von %1 nicht bestätigt (%2); die Tokens wurden hier gelöscht, widerrufen Sie den Zugriff beim Anbieter, falls er sofort enden muss</translation>
    </message>
    <message>
        <source>preset &quot;%1&quot;: %2</source>
        <translation>Vorlage „%1“: %2</translation>
    </message>
    <message>
        <source>%1 has an unknown member &quot;%2&quot;</source>
        <translation>%1 hat ein unbekanntes Element &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;oauth&quot;.&quot;flow&quot; is missing or unknown</source>
        <translation>&quot;oauth&quot;.&quot;flow&quot; fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <source>&quot;oauth&quot;.&quot;%1&quot; must be a string</source>
        <translation>&quot;oauth&quot;.&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;oauth&quot;.&quot;%1&quot; must be an integer</source>
        <translation>&quot;oauth&quot;.&quot;%1&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;oauth&quot;.&quot;auth_method&quot; is unknown</source>
        <translation>&quot;oauth&quot;.&quot;auth_method&quot; ist unbekannt</translation>
    </message>
    <message>
        <source>&quot;oauth&quot;.&quot;pkce&quot; must be true or false</source>
        <translation>&quot;oauth&quot;.&quot;pkce&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;oauth&quot;.&quot;scopes&quot; must be an array of strings</source>
        <translation>&quot;oauth&quot;.&quot;scopes&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;oauth&quot;.&quot;extra_params&quot; must hold [key, value] string pairs</source>
        <translation>&quot;oauth&quot;.&quot;extra_params&quot; muss Zeichenkettenpaare [key, value] enthalten</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be the file name without .json</source>
        <translation>&quot;id&quot; muss der Dateiname ohne .json sein</translation>
    </message>
    <message>
        <source>&quot;name&quot; and &quot;description&quot; are required</source>
        <translation>&quot;name&quot; und &quot;description&quot; sind erforderlich</translation>
    </message>
    <message>
        <source>&quot;docs_url&quot; must be an https URL</source>
        <translation>&quot;docs_url&quot; muss eine https-URL sein</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must be an object or null</source>
        <translation>&quot;oauth&quot; muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>revocation endpoint</source>
        <translation>Widerrufs-Endpunkt</translation>
    </message>
    <message>
        <source>device authorization endpoint</source>
        <translation>Geräteautorisierungs-Endpunkt</translation>
    </message>
    <message>
        <source>the authorization code or refresh token is invalid, expired or revoked: connect again</source>
        <translation>der Autorisierungscode oder das Aktualisierungstoken ist ungültig, abgelaufen oder widerrufen: verbinden Sie erneut</translation>
    </message>
    <message>
        <source>check the client id, the client secret and the client authentication method (--auth-method post|basic|none) against the provider&apos;s app registration</source>
        <translation>prüfen Sie Client-ID, Client-Geheimnis und Client-Authentifizierungsmethode (--auth-method post|basic|none) anhand der App-Registrierung beim Anbieter</translation>
    </message>
    <message>
        <source>check the scopes (--scopes) against what the provider allows this client</source>
        <translation>prüfen Sie die Bereiche (--scopes) anhand dessen, was der Anbieter diesem Client erlaubt</translation>
    </message>
    <message>
        <source>the provider does not allow this flow for the client; check --flow and the app registration</source>
        <translation>der Anbieter erlaubt diesen Flow für den Client nicht; prüfen Sie --flow und die App-Registrierung</translation>
    </message>
    <message>
        <source>the authorization was denied; connect again and approve the request</source>
        <translation>die Autorisierung wurde verweigert; verbinden Sie erneut und bestätigen Sie die Anfrage</translation>
    </message>
    <message>
        <source>the device code expired; start the connection again</source>
        <translation>der Gerätecode ist abgelaufen; starten Sie die Verbindung erneut</translation>
    </message>
    <message>
        <source>the user has not approved the device yet</source>
        <translation>der Benutzer hat das Gerät noch nicht bestätigt</translation>
    </message>
    <message>
        <source>check the OAuth settings (URLs, client id, redirect URI, PKCE) against the provider&apos;s documentation</source>
        <translation>prüfen Sie die OAuth-Einstellungen (URLs, Client-ID, Weiterleitungs-URI, PKCE) anhand der Dokumentation des Anbieters</translation>
    </message>
    <message>
        <source>see the provider&apos;s documentation for this error</source>
        <translation>siehe die Dokumentation des Anbieters zu diesem Fehler</translation>
    </message>
    <message>
        <source>the %1 %2 refused the request: %3; %4</source>
        <translation>der %1 %2 hat die Anfrage abgelehnt: %3; %4</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>the TLS handshake failed (%1)</source>
        <translation>der TLS-Handshake ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>could not reach the %1 %2: %3; check the URL (%4) and the network, then try again</source>
        <translation>der %1 %2 war nicht erreichbar: %3; prüfen Sie die URL (%4) und das Netzwerk und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>the %1 %2 answered with a redirect (HTTP %3%4); OAuth requests are not redirected: set %5 to the final address</source>
        <translation>der %1 %2 hat mit einer Weiterleitung geantwortet (HTTP %3%4); OAuth-Anfragen werden nicht weitergeleitet: setzen Sie %5 auf die endgültige Adresse</translation>
    </message>
    <message>
        <source>the %1 %2 failed with HTTP %3; the provider has a problem, try again later</source>
        <translation>der %1 %2 ist mit HTTP %3 fehlgeschlagen; der Anbieter hat ein Problem, versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the %1 %2 answered HTTP %3 without a JSON object; check that %4 is the provider&apos;s OAuth endpoint</source>
        <translation>der %1 %2 hat mit HTTP %3 ohne JSON-Objekt geantwortet; prüfen Sie, ob %4 der OAuth-Endpunkt des Anbieters ist</translation>
    </message>
    <message>
        <source>the %1 %2 rejected the client credentials (HTTP 401); %3</source>
        <translation>der %1 %2 hat die Client-Anmeldedaten abgelehnt (HTTP 401); %3</translation>
    </message>
    <message>
        <source>the %1 %2 answered HTTP %3 without an OAuth error; check that %4 is the provider&apos;s OAuth endpoint</source>
        <translation>der %1 %2 hat mit HTTP %3 ohne OAuth-Fehler geantwortet; prüfen Sie, ob %4 der OAuth-Endpunkt des Anbieters ist</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered without a usable %2; check that token_url is the provider&apos;s token endpoint</source>
        <translation>der Token-Endpunkt %1 hat ohne verwendbares %2 geantwortet; prüfen Sie, ob token_url der Token-Endpunkt des Anbieters ist</translation>
    </message>
    <message>
        <source>the device authorization endpoint %1 answered without a usable %2; check that device_authorization_url is the provider&apos;s device endpoint</source>
        <translation>der Geräteautorisierungs-Endpunkt %1 hat ohne verwendbares %2 geantwortet; prüfen Sie, ob device_authorization_url der Geräte-Endpunkt des Anbieters ist</translation>
    </message>
    <message>
        <source>no %1 is set; set %2 in the OAuth settings</source>
        <translation>kein %1 gesetzt; setzen Sie %2 in den OAuth-Einstellungen</translation>
    </message>
    <message>
        <source>the %1 URL is not valid; check %2 in the OAuth settings</source>
        <translation>die URL für den %1 ist ungültig; prüfen Sie %2 in den OAuth-Einstellungen</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> nach %1</translation>
    </message>
</context>
<context>
    <name>OAuthSettingsCommand</name>
    <message>
        <source>Save OAuth settings</source>
        <translation>OAuth-Einstellungen speichern</translation>
    </message>
    <message>
        <source>The OAuth settings of this integration were changed elsewhere after you opened them; they are not overwritten.</source>
        <translation>Die OAuth-Einstellungen dieser Integration wurden an anderer Stelle geändert, nachdem Sie sie geöffnet haben; sie werden nicht überschrieben.</translation>
    </message>
    <message>
        <source>The OAuth settings of this integration were changed again after this save; undo would overwrite that change, so it is not undone.</source>
        <translation>Die OAuth-Einstellungen dieser Integration wurden nach diesem Speichern erneut geändert; das Rückgängigmachen würde diese Änderung überschreiben und wird daher nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Undoing this save would remove the OAuth settings and the tokens of the connections made since; disconnect them first, or change the settings instead.</source>
        <translation>Das Rückgängigmachen dieses Speicherns würde die OAuth-Einstellungen und die Tokens der seitdem hergestellten Verbindungen entfernen; trennen Sie diese Verbindungen zuerst, oder ändern Sie stattdessen die Einstellungen.</translation>
    </message>
</context>
<context>
    <name>OpenApi</name>
    <message>
        <source>the document is empty; expected a JSON object or array</source>
        <translation>das Dokument ist leer; ein JSON-Objekt oder -Array erwartet</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>unerwartet nach dem Ende des JSON-Werts: %1</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4. Fix the JSON at that position.</source>
        <translation>%1:%2:%3: %4. Korrigieren Sie das JSON an dieser Stelle.</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation>ein Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>expected a value, found end of file</source>
        <translation>Wert erwartet, Dateiende gefunden</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>Wert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a number must not start with 0</source>
        <translation>eine Zahl darf nicht mit 0 beginnen</translation>
    </message>
    <message>
        <source>expected a digit, found %1</source>
        <translation>Ziffer erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point, found %1</source>
        <translation>Ziffer nach dem Dezimalpunkt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a digit in the exponent, found %1</source>
        <translation>Ziffer im Exponenten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation>vier Hexadezimalziffern nach \u erwartet</translation>
    </message>
    <message>
        <source>expected four hex digits after \u, found %1</source>
        <translation>vier Hexadezimalziffern nach \u erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the string is not closed: expected &apos;&quot;&apos;, found end of file</source>
        <translation>die Zeichenkette ist nicht geschlossen: &apos;&quot;&apos; erwartet, Dateiende gefunden</translation>
    </message>
    <message>
        <source>the string is not closed before the end of the line</source>
        <translation>die Zeichenkette ist vor dem Zeilenende nicht geschlossen</translation>
    </message>
    <message>
        <source>%1 in a string must be escaped</source>
        <translation>%1 muss in einer Zeichenkette maskiert werden</translation>
    </message>
    <message>
        <source>expected an escape character after &apos;\&apos;, found end of file</source>
        <translation>Escape-Zeichen nach &apos;\&apos; erwartet, Dateiende gefunden</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos; in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the array, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; im Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a member name in double quotes, found %1</source>
        <translation>Schlüsselname in doppelten Anführungszeichen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name, found %1</source>
        <translation>&apos;:&apos; nach dem Schlüsselnamen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the object, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; im Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>enum %1: the value &quot;%2&quot; is not a valid %3; left out of the enum (it is still accepted as a raw value)</source>
        <translation>Enum %1: der Wert „%2“ ist kein gültiger Wert vom Typ %3; aus dem Enum weggelassen (als Rohwert wird er weiterhin akzeptiert)</translation>
    </message>
    <message>
        <source>SDK generation was cancelled; nothing was written.</source>
        <translation>Die SDK-Generierung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the integration name &quot;%1&quot; gives no Python package name; name one with --package, such as --package my_api</source>
        <translation>aus dem Integrationsnamen „%1“ ergibt sich kein Python-Paketname; geben Sie mit --package einen an, etwa --package my_api</translation>
    </message>
    <message>
        <source>--package &quot;%1&quot;</source>
        <translation>--package &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the package name &quot;%1&quot; (from the integration name)</source>
        <translation>der Paketname „%1“ (aus dem Integrationsnamen)</translation>
    </message>
    <message>
        <source>%1 is not a Python identifier (ASCII letters, digits and _, not starting with a digit); choose another with --package</source>
        <translation>%1 ist kein Python-Bezeichner (ASCII-Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend); wählen Sie mit --package einen anderen Namen</translation>
    </message>
    <message>
        <source>%1 is a Python keyword and cannot be imported; choose another with --package</source>
        <translation>%1 ist ein Python-Schlüsselwort und kann nicht importiert werden; wählen Sie mit --package einen anderen Namen</translation>
    </message>
    <message>
        <source>%1 would shadow the Python module of that name (the generated code imports it); choose another with --package</source>
        <translation>%1 würde das gleichnamige Python-Modul verdecken (der generierte Code importiert es); wählen Sie mit --package einen anderen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (apiKey in %2 %3)</source>
        <translation>„%1“ (apiKey in %2 %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (http bearer)</source>
        <translation>„%1“ (http bearer)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (http basic)</source>
        <translation>„%1“ (http basic)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (oauth2)</source>
        <translation>„%1“ (oauth2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (openIdConnect)</source>
        <translation>„%1“ (openIdConnect)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the spec&apos;s global security scheme %1</source>
        <translation>das globale Sicherheitsschema %1 der Spezifikation</translation>
    </message>
    <message numerus="yes">
        <source>the security scheme %1, used by %n operation(s)</source>
        <translation>
            <numerusform>das Sicherheitsschema %1, verwendet von %n Operation</numerusform>
            <numerusform>das Sicherheitsschema %1, verwendet von %n Operationen</numerusform>
        </translation>
    </message>
    <message>
        <source>the spec&apos;s security scheme %1 (no operation names one)</source>
        <translation>das Sicherheitsschema %1 der Spezifikation (keine Operation nennt eines)</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. %1</source>
        <translation>Basis-URL der API, z. B. %1</translation>
    </message>
    <message>
        <source>Bearer token, sent as &quot;Authorization: Bearer TOKEN&quot;</source>
        <translation>Bearer-Token, gesendet als &quot;Authorization: Bearer TOKEN&quot;</translation>
    </message>
    <message>
        <source>Header that carries the API key (default %1)</source>
        <translation>Header, der den API-Schlüssel überträgt (Standardwert: %1)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>User name for HTTP basic auth</source>
        <translation>Benutzername für die HTTP-Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Password for HTTP basic auth</source>
        <translation>Passwort für die HTTP-Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>the SDK needs an integration name (the one it reads its settings from)</source>
        <translation>das SDK braucht den Namen einer Integration (derjenigen, aus der es seine Einstellungen liest)</translation>
    </message>
    <message>
        <source>Loading the spec</source>
        <translation>Spezifikation wird geladen</translation>
    </message>
    <message>
        <source>Reading the spec</source>
        <translation>Spezifikation wird gelesen</translation>
    </message>
    <message>
        <source>--auth %1</source>
        <translation>--auth %1</translation>
    </message>
    <message>
        <source>security scheme &quot;%1&quot;: the spec sends the API key in the %2 parameter &quot;%3&quot;; the SDK sends it as a header (header_name, default %3)</source>
        <translation>Sicherheitsschema „%1“: die Spezifikation sendet den API-Schlüssel im %2-Parameter „%3“; das SDK sendet ihn als Header (header_name, Standardwert: %3)</translation>
    </message>
    <message>
        <source>the spec names no security scheme</source>
        <translation>die Spezifikation nennt kein Sicherheitsschema</translation>
    </message>
    <message>
        <source>Generating Python</source>
        <translation>Python-Code wird generiert</translation>
    </message>
    <message>
        <source>Adding the bifrost runtime</source>
        <translation>bifrost-Laufzeit wird hinzugefügt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>--out %1 exists and is not a folder; choose another --out</source>
        <translation>--out %1 existiert und ist kein Ordner; wählen Sie ein anderes --out</translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its parent&apos;s permissions</source>
        <translation>der Ordner %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen des übergeordneten Ordners</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot move %1 aside to replace it; check the folder&apos;s permissions</source>
        <translation>%1 kann zum Ersetzen nicht beiseitegeschoben werden; prüfen Sie die Berechtigungen des Ordners</translation>
    </message>
    <message>
        <source>cannot move the new files into %1</source>
        <translation>die neuen Dateien können nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>%1 exists and was not generated by bifrostctl (its __init__.py does not start with &quot;%2&quot;); choose another --package or --out, or pass --force to replace it</source>
        <translation>%1 existiert und wurde nicht von bifrostctl generiert (seine __init__.py beginnt nicht mit &quot;%2&quot;); wählen Sie ein anderes --package oder --out, oder übergeben Sie --force, um es zu ersetzen</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; has a field &quot;%2&quot; of type %3, but the SDK (auth %4) reads &quot;%2&quot; as %5; change that field&apos;s type with `bifrostctl schema set`, or choose another auth with --auth</source>
        <translation>die Integration „%1“ hat ein Feld „%2“ vom Typ %3, aber das SDK (Auth %4) liest „%2“ als %5; ändern Sie den Typ dieses Felds mit `bifrostctl schema set`, oder wählen Sie mit --auth eine andere Authentifizierung</translation>
    </message>
    <message>
        <source>no default set for %1: %2</source>
        <translation>kein Standardwert für %1 gesetzt: %2</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; in %2 names a document that was not loaded (%3). Check the path in the $ref.</source>
        <translation>Der Verweis „%1“ in %2 nennt ein Dokument, das nicht geladen wurde (%3). Prüfen Sie den Pfad im $ref.</translation>
    </message>
    <message>
        <source>not a usable file or URL</source>
        <translation>keine verwendbare Datei oder URL</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; in %2 leads nowhere: %3 has no &quot;%4&quot;. Fix the JSON pointer after &apos;#&apos; in the $ref.</source>
        <translation>Der Verweis „%1“ in %2 führt ins Leere: %3 hat kein „%4“. Korrigieren Sie den JSON-Pointer nach &apos;#&apos; im $ref.</translation>
    </message>
    <message>
        <source>Refusing to fetch %1: plain http is only allowed for this computer (127.0.0.1, ::1, localhost). Use an https URL.</source>
        <translation>%1 wird nicht abgerufen: Einfaches http ist nur für diesen Rechner zulässig (127.0.0.1, ::1, localhost). Verwenden Sie eine https-URL.</translation>
    </message>
    <message>
        <source>Refusing to fetch %1: only https URLs (or http on this computer) are supported.</source>
        <translation>%1 wird nicht abgerufen: Nur https-URLs (oder http auf diesem Rechner) werden unterstützt.</translation>
    </message>
    <message>
        <source>Cannot load the spec from %1: use a file path or an https URL.</source>
        <translation>Die Spezifikation kann nicht aus %1 geladen werden: Verwenden Sie einen Dateipfad oder eine https-URL.</translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; at %2 cannot be followed: it must be a relative path, a file path or an https URL.</source>
        <translation>Dem Verweis „%1“ in %2 kann nicht gefolgt werden: Er muss ein relativer Pfad, ein Dateipfad oder eine https-URL sein.</translation>
    </message>
    <message>
        <source>The spec references more than %1 other documents (the reference &quot;%2&quot; at %3 is one too many). Bundle the spec into fewer files.</source>
        <translation>Die Spezifikation verweist auf mehr als %1 andere Dokumente (der Verweis „%2“ in %3 ist einer zu viel). Fassen Sie die Spezifikation in weniger Dateien zusammen.</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; at %2</source>
        <translation>der Verweis „%1“ in %2</translation>
    </message>
    <message>
        <source>The spec file %1 does not exist. Check the path.</source>
        <translation>Die Spezifikationsdatei %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The file %1, named by %2, does not exist. Fix the path in that $ref or add the file.</source>
        <translation>Die Datei %1, auf die %2 zeigt, existiert nicht. Korrigieren Sie den Pfad in diesem $ref, oder fügen Sie die Datei hinzu.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spec file%2. Name a JSON or YAML file.</source>
        <translation>%1 ist ein Ordner, keine Spezifikationsdatei%2. Geben Sie eine JSON- oder YAML-Datei an.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, over the limit of %3 MB for one spec document. Split the spec or raise the limit.</source>
        <translation>Die Datei %1 ist %2 MB groß und überschreitet die Grenze von %3 MB für ein Spezifikationsdokument. Teilen Sie die Spezifikation auf, oder erhöhen Sie die Grenze.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The file %1 is over the limit of %2 MB for one spec document. Split the spec or raise the limit.</source>
        <translation>Die Datei %1 überschreitet die Grenze von %2 MB für ein Spezifikationsdokument. Teilen Sie die Spezifikation auf, oder erhöhen Sie die Grenze.</translation>
    </message>
    <message>
        <source>Fetching %1 timed out after %2 s%3. Check the address and the network, or raise the time limit.</source>
        <translation>Zeitüberschreitung beim Abrufen von %1 nach %2 s%3. Prüfen Sie die Adresse und das Netzwerk, oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MB for one spec document%3; the download was stopped. Raise the limit if the spec really is that large.</source>
        <translation>%1 ist größer als die Grenze von %2 MB für ein Spezifikationsdokument%3; der Download wurde abgebrochen. Erhöhen Sie die Grenze, falls die Spezifikation wirklich so groß ist.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) without a target%3.</source>
        <translation>%1 hat mit einer Weiterleitung ohne Ziel geantwortet (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times%3. Use the final address of the spec.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet%3. Verwenden Sie die endgültige Adresse der Spezifikation.</translation>
    </message>
    <message>
        <source>%1 returned HTTP %2%3%4. Check the address and that you may read it.</source>
        <translation>%1 hat mit HTTP %2%3 geantwortet%4. Prüfen Sie die Adresse und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Could not fetch %1%2: %3. Check the address and the network.</source>
        <translation>%1%2 konnte nicht abgerufen werden: %3. Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 returned HTTP %2%3; expected 200 with the spec.</source>
        <translation>%1 hat mit HTTP %2 geantwortet%3; erwartet wurde 200 mit der Spezifikation.</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; leads nowhere</source>
        <translation>$ref „%1“ führt ins Leere</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>$ref must be a string; %1</source>
        <translation>$ref muss eine Zeichenkette sein; %1</translation>
    </message>
    <message>
        <source>more than 32 chained $refs (a cycle?); %1</source>
        <translation>mehr als 32 verkettete $refs (ein Zyklus?); %1</translation>
    </message>
    <message>
        <source>parameters must be a list; ignored</source>
        <translation>parameters muss eine Liste sein; ignoriert</translation>
    </message>
    <message>
        <source>parameter skipped</source>
        <translation>Parameter übersprungen</translation>
    </message>
    <message>
        <source>a parameter must be an object; skipped</source>
        <translation>ein Parameter muss ein Objekt sein; übersprungen</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and an &quot;in&quot;; skipped</source>
        <translation>ein Parameter braucht &quot;name&quot; und &quot;in&quot;; übersprungen</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has an unknown &quot;in&quot;: &quot;%2&quot;; skipped</source>
        <translation>Parameter „%1“ hat ein unbekanntes &quot;in&quot;: &quot;%2&quot;; übersprungen</translation>
    </message>
    <message>
        <source>path skipped</source>
        <translation>Pfad übersprungen</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; must be an object; skipped</source>
        <translation>Pfad „%1“ muss ein Objekt sein; übersprungen</translation>
    </message>
    <message>
        <source>operation %1 %2 must be an object; skipped</source>
        <translation>Operation %1 %2 muss ein Objekt sein; übersprungen</translation>
    </message>
    <message>
        <source>&quot;in&quot;: &quot;%1&quot; exists only in Swagger 2.0; parameter skipped</source>
        <translation>&quot;in&quot;: &quot;%1&quot; gibt es nur in Swagger 2.0; Parameter übersprungen</translation>
    </message>
    <message>
        <source>request body skipped</source>
        <translation>Request-Body übersprungen</translation>
    </message>
    <message>
        <source>a request body must be an object; skipped</source>
        <translation>ein Request-Body muss ein Objekt sein; übersprungen</translation>
    </message>
    <message>
        <source>request body without content; skipped</source>
        <translation>Request-Body ohne Inhalt; übersprungen</translation>
    </message>
    <message>
        <source>responses must be an object; the result is not typed</source>
        <translation>responses muss ein Objekt sein; das Ergebnis ist nicht typisiert</translation>
    </message>
    <message>
        <source>response ignored</source>
        <translation>Antwort ignoriert</translation>
    </message>
    <message>
        <source>security scheme skipped</source>
        <translation>Sicherheitsschema übersprungen</translation>
    </message>
    <message>
        <source>a security scheme must be an object; skipped</source>
        <translation>ein Sicherheitsschema muss ein Objekt sein; übersprungen</translation>
    </message>
    <message>
        <source>%1: not an OpenAPI or Swagger document (the top level must be an object with &quot;openapi&quot; or &quot;swagger&quot;); supported: %2</source>
        <translation>%1: kein OpenAPI- oder Swagger-Dokument (die oberste Ebene muss ein Objekt mit &quot;openapi&quot; oder &quot;swagger&quot; sein); unterstützt: %2</translation>
    </message>
    <message>
        <source>%1: unsupported OpenAPI version &quot;%2&quot;; supported: %3</source>
        <translation>%1: nicht unterstützte OpenAPI-Version „%2“; unterstützt: %3</translation>
    </message>
    <message>
        <source>%1: unsupported Swagger version &quot;%2&quot;; supported: %3</source>
        <translation>%1: nicht unterstützte Swagger-Version „%2“; unterstützt: %3</translation>
    </message>
    <message>
        <source>%1: not an OpenAPI or Swagger document: it has neither &quot;openapi&quot; nor &quot;swagger&quot; at the top level; supported: %2</source>
        <translation>%1: kein OpenAPI- oder Swagger-Dokument: Es hat auf der obersten Ebene weder &quot;openapi&quot; noch &quot;swagger&quot;; unterstützt: %2</translation>
    </message>
    <message>
        <source>%1: &quot;paths&quot; must be an object keyed by path (&quot;/pets&quot;: {...})</source>
        <translation>%1: &quot;paths&quot; muss ein Objekt mit Pfaden als Schlüsseln sein (&quot;/pets&quot;: {...})</translation>
    </message>
    <message>
        <source>%1: the document has no &quot;paths&quot; object; add &quot;paths&quot;: {} with the API&apos;s operations</source>
        <translation>%1: das Dokument hat kein &quot;paths&quot;-Objekt; fügen Sie &quot;paths&quot;: {} mit den Operationen der API hinzu</translation>
    </message>
    <message>
        <source>the schemas must be an object keyed by name; ignored</source>
        <translation>die Schemas müssen ein Objekt mit Namen als Schlüsseln sein; ignoriert</translation>
    </message>
    <message>
        <source>a schema must be an object; typed as Any</source>
        <translation>ein Schema muss ein Objekt sein; als Any typisiert</translation>
    </message>
    <message>
        <source>schema nested more than %1 levels deep; typed as Any</source>
        <translation>Schema ist tiefer als %1 Ebenen verschachtelt; als Any typisiert</translation>
    </message>
    <message>
        <source>$ref must be a string; typed as Any</source>
        <translation>$ref muss eine Zeichenkette sein; als Any typisiert</translation>
    </message>
    <message>
        <source>typed as Any</source>
        <translation>als Any typisiert</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; typed as Any</source>
        <translation>unbekannter Typ „%1“; als Any typisiert</translation>
    </message>
    <message>
        <source>ignored in the merged allOf</source>
        <translation>im zusammengeführten allOf ignoriert</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4. Fix the YAML at that position.</source>
        <translation>%1:%2:%3: %4. Korrigieren Sie das YAML an dieser Stelle.</translation>
    </message>
    <message>
        <source>a mapping or list as a mapping key is not supported</source>
        <translation>ein Mapping oder eine Liste als Mapping-Schlüssel wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the alias *%1 names no anchor defined before it (or an anchor that contains it)</source>
        <translation>der Alias *%1 verweist auf keinen vor ihm definierten Anker (oder auf einen Anker, der ihn selbst enthält)</translation>
    </message>
    <message>
        <source>an alias to a mapping or list as a mapping key is not supported</source>
        <translation>ein Alias auf ein Mapping oder eine Liste als Mapping-Schlüssel wird nicht unterstützt</translation>
    </message>
    <message>
        <source>expanding the aliases would create more than %1 nodes (an &quot;alias bomb&quot;); the document is refused</source>
        <translation>das Auflösen der Aliasse würde mehr als %1 Knoten erzeugen (eine „Alias-Bombe“); das Dokument wird abgelehnt</translation>
    </message>
    <message>
        <source>a second document or value after the first is not supported</source>
        <translation>ein zweites Dokument oder ein weiterer Wert nach dem ersten wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the value of a merge key &quot;&lt;&lt;&quot; must be a mapping or a list of mappings</source>
        <translation>der Wert eines Merge-Schlüssels &quot;&lt;&lt;&quot; muss ein Mapping oder eine Liste von Mappings sein</translation>
    </message>
    <message>
        <source> (tabs cannot indent YAML: use spaces)</source>
        <translation> (YAML kann nicht mit Tabulatoren eingerückt werden: Verwenden Sie Leerzeichen)</translation>
    </message>
</context>
<context>
    <name>RenameIntegrationCommand</name>
    <message>
        <source>Rename integration to &quot;%1&quot;</source>
        <translation>Integration in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; was renamed to &quot;%2&quot; elsewhere in the meantime; rename it by hand if it should be &quot;%3&quot; again.</source>
        <translation>Die Integration „%1“ wurde inzwischen an anderer Stelle in „%2“ umbenannt; benennen Sie sie von Hand um, falls sie wieder „%3“ heißen soll.</translation>
    </message>
</context>
<context>
    <name>RenameOrganizationCommand</name>
    <message>
        <source>Rename organization to &quot;%1&quot;</source>
        <translation>Organisation in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Organization &quot;%1&quot; was renamed to &quot;%2&quot; elsewhere in the meantime; rename it by hand if it should be &quot;%3&quot; again.</source>
        <translation>Die Organisation „%1“ wurde inzwischen an anderer Stelle in „%2“ umbenannt; benennen Sie sie von Hand um, falls sie wieder „%3“ heißen soll.</translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <source>the secret value of key &quot;%1&quot; of integration &quot;%2&quot; is missing from the secret store (removed outside Bifrost Admin?); set it again with `bifrostctl config set %2 %1 --stdin`</source>
        <translation>der geheime Wert des Schlüssels „%1“ der Integration „%2“ fehlt im Geheimnisspeicher (außerhalb von Bifrost Admin entfernt?); setzen Sie ihn erneut mit `bifrostctl config set %2 %1 --stdin`</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>the schema for integration &quot;%1&quot; must be a JSON array of field objects, such as [{&quot;key&quot;: &quot;base_url&quot;, &quot;type&quot;: &quot;string&quot;, &quot;required&quot;: true}]</source>
        <translation>das Schema der Integration „%1“ muss ein JSON-Array aus Feldobjekten sein, etwa [{&quot;key&quot;: &quot;base_url&quot;, &quot;type&quot;: &quot;string&quot;, &quot;required&quot;: true}]</translation>
    </message>
    <message>
        <source>schema field %1 of integration &quot;%2&quot;</source>
        <translation>Schemafeld %1 der Integration „%2“</translation>
    </message>
    <message>
        <source> is not a JSON object</source>
        <translation> ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source> has an unknown property &quot;%1&quot;; allowed: key, type, required, description, options, label, placeholder, pattern, min, max</source>
        <translation> hat eine unbekannte Eigenschaft &quot;%1&quot;; zulässig: key, type, required, description, options, label, placeholder, pattern, min, max</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; must be a string</source>
        <translation>: &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; must be a whole number</source>
        <translation>: &quot;%1&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source> has no &quot;key&quot; string</source>
        <translation> hat keine Zeichenkette &quot;key&quot;</translation>
    </message>
    <message>
        <source>schema field &quot;%1&quot; of integration &quot;%2&quot;</source>
        <translation>Schemafeld „%1“ der Integration „%2“</translation>
    </message>
    <message>
        <source>: type must be one of string, int, bool, json, secret</source>
        <translation>: type muss einer der Werte string, int, bool, json, secret sein</translation>
    </message>
    <message>
        <source>: &quot;required&quot; must be true or false</source>
        <translation>: &quot;required&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>: &quot;options&quot; must be an array of allowed values</source>
        <translation>: &quot;options&quot; muss ein Array zulässiger Werte sein</translation>
    </message>
</context>
<context>
    <name>SchemaCommand</name>
    <message>
        <source>Change the schema</source>
        <translation>Schema ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change the schema and remove %n stored value(s)</source>
        <translation>
            <numerusform>Schema ändern und %n gespeicherten Wert entfernen</numerusform>
            <numerusform>Schema ändern und %n gespeicherte Werte entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stored values of integration &quot;%1&quot; changed since the preview: this schema change would now remove %n value(s) instead of the ones you confirmed; apply it again to review them.</source>
        <translation>
            <numerusform>Die gespeicherten Werte der Integration „%1“ haben sich seit der Vorschau geändert: Diese Schemaänderung würde jetzt %n Wert statt der von Ihnen bestätigten entfernen; übernehmen Sie sie erneut, um ihn zu prüfen.</numerusform>
            <numerusform>Die gespeicherten Werte der Integration „%1“ haben sich seit der Vorschau geändert: Diese Schemaänderung würde jetzt %n Werte statt der von Ihnen bestätigten entfernen; übernehmen Sie sie erneut, um sie zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undoing the schema change would remove %n value(s) stored since: %1; remove or change them first if the old schema should come back.</source>
        <translation>
            <numerusform>Das Rückgängigmachen der Schemaänderung würde %n seitdem gespeicherten Wert entfernen: %1; entfernen oder ändern Sie ihn zuerst, wenn das alte Schema zurückkehren soll.</numerusform>
            <numerusform>Das Rückgängigmachen der Schemaänderung würde %n seitdem gespeicherte Werte entfernen: %1; entfernen oder ändern Sie sie zuerst, wenn das alte Schema zurückkehren soll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot create the folder %1 for the database; check that the location is writable or choose another with --db</source>
        <translation>der Ordner %1 für die Datenbank kann nicht angelegt werden; prüfen Sie, ob der Speicherort beschreibbar ist, oder wählen Sie mit --db einen anderen</translation>
    </message>
    <message>
        <source>cannot create the database %1: %2; check the path and its permissions</source>
        <translation>die Datenbank %1 kann nicht angelegt werden: %2; prüfen Sie den Pfad und seine Berechtigungen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot;</source>
        <translation>Organisation „%1“</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver gives no native handle; this build cannot open %1</source>
        <translation>der Qt-SQLite-Treiber liefert kein natives Handle; dieser Build kann %1 nicht öffnen</translation>
    </message>
    <message>
        <source>the database %1 has no id</source>
        <translation>die Datenbank %1 hat keine ID</translation>
    </message>
    <message>
        <source>the database %1 is at schema version %2, newer than this program understands (%3); use a newer Bifrost Admin</source>
        <translation>die Datenbank %1 hat die Schemaversion %2, die neuer ist, als dieses Programm versteht (%3); verwenden Sie eine neuere Version von Bifrost Admin</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>die Migration auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the database %1 stayed locked by another program for too long (%2); try again</source>
        <translation>die Datenbank %1 war zu lange von einem anderen Programm gesperrt (%2); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>no secret store is configured, so secret values cannot be saved</source>
        <translation>es ist kein Geheimnisspeicher konfiguriert, daher können geheime Werte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no secret store is configured, so secret values cannot be read</source>
        <translation>es ist kein Geheimnisspeicher konfiguriert, daher können geheime Werte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the schema is empty; define it with `bifrostctl schema set`</source>
        <translation>das Schema ist leer; definieren Sie es mit `bifrostctl schema set`</translation>
    </message>
    <message>
        <source>known keys: %1</source>
        <translation>bekannte Schlüssel: %1</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; has no key &quot;%2&quot; in its schema; %3</source>
        <translation>die Integration „%1“ hat keinen Schlüssel „%2“ in ihrem Schema; %3</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot; has no mapping for integration &quot;%2&quot;</source>
        <translation>die Organisation „%1“ hat keine Zuordnung für die Integration „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid integration name; names start with a letter and contain only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 100 characters)</source>
        <translation>„%1“ ist kein gültiger Integrationsname; Namen beginnen mit einem Buchstaben und enthalten nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; (höchstens 100 Zeichen)</translation>
    </message>
    <message>
        <source>an integration named &quot;%1&quot; already exists; choose another name</source>
        <translation>eine Integration namens „%1“ existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>no integration named &quot;%1&quot;; see `bifrostctl integration list`</source>
        <translation>keine Integration namens „%1“; siehe `bifrostctl integration list`</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; still has %2 and %3; use --force to delete it with them</source>
        <translation>die Integration „%1“ hat noch %2 und %3; verwenden Sie --force, um sie mitsamt diesen zu löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s)</source>
        <translation>
            <numerusform>%n gespeicherten Wert</numerusform>
            <numerusform>%n gespeicherte Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;: the schema defines key &quot;%2&quot; twice; keys must be unique</source>
        <translation>Integration „%1“: das Schema definiert den Schlüssel „%2“ zweimal; Schlüssel müssen eindeutig sein</translation>
    </message>
    <message>
        <source>the field is removed</source>
        <translation>das Feld wird entfernt</translation>
    </message>
    <message>
        <source>type change secret → %1: secret values are never copied out of the secret store; set the value again after the change</source>
        <translation>Typänderung secret → %1: geheime Werte werden nie aus dem Geheimnisspeicher kopiert; setzen Sie den Wert nach der Änderung erneut</translation>
    </message>
    <message>
        <source>the new field definition rejects it</source>
        <translation>die neue Felddefinition lässt ihn nicht zu</translation>
    </message>
    <message>
        <source>type change %1 → %2</source>
        <translation>Typänderung %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>integration &quot;%1&quot;: this schema change would delete %n stored value(s): %2; use --force to apply it and delete them</source>
        <translation>
            <numerusform>Integration „%1“: diese Schemaänderung würde %n gespeicherten Wert löschen: %2; verwenden Sie --force, um sie anzuwenden und den Wert zu löschen</numerusform>
            <numerusform>Integration „%1“: diese Schemaänderung würde %n gespeicherte Werte löschen: %2; verwenden Sie --force, um sie anzuwenden und die Werte zu löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>the organization name is empty; give a name such as &quot;Contoso&quot;</source>
        <translation>der Organisationsname ist leer; geben Sie einen Namen wie „Contoso“ an</translation>
    </message>
    <message>
        <source>the organization name is longer than 200 characters</source>
        <translation>der Organisationsname ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>the organization name contains a control character</source>
        <translation>der Organisationsname enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>no organization named &quot;%1&quot;; see `bifrostctl org list`</source>
        <translation>keine Organisation namens „%1“; siehe `bifrostctl org list`</translation>
    </message>
    <message>
        <source>an organization named &quot;%1&quot; already exists (names ignore case); choose another name</source>
        <translation>eine Organisation namens „%1“ existiert bereits (bei Namen wird Groß-/Kleinschreibung nicht unterschieden); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n Überschreibung</numerusform>
            <numerusform>%n Überschreibungen</numerusform>
        </translation>
    </message>
    <message>
        <source>client_id is empty; give the application (client) id that the provider assigned when you registered the app (--client-id ID)</source>
        <translation>client_id ist leer; geben Sie die Anwendungs-ID (Client-ID) an, die der Anbieter bei der Registrierung der App vergeben hat (--client-id ID)</translation>
    </message>
    <message>
        <source>%1 is required for the %2 flow; pass %3</source>
        <translation>%1 ist für den Flow %2 erforderlich; übergeben Sie %3</translation>
    </message>
    <message>
        <source>the client_credentials flow authenticates with a client secret, so the client authentication cannot be none; use --auth-method basic or post</source>
        <translation>der Flow client_credentials authentifiziert sich mit einem Client-Geheimnis, daher kann die Client-Authentifizierung nicht none sein; verwenden Sie --auth-method basic oder post</translation>
    </message>
    <message>
        <source>client authentication %1 needs a client secret, and none is stored; pass --client-secret-stdin or use --auth-method none</source>
        <translation>die Client-Authentifizierung %1 braucht ein Client-Geheimnis, und es ist keines gespeichert; übergeben Sie --client-secret-stdin oder verwenden Sie --auth-method none</translation>
    </message>
    <message>
        <source>redirect_host &quot;%1&quot; is not allowed; the listener runs on this machine only, so use 127.0.0.1 (recommended, RFC 8252) or localhost</source>
        <translation>redirect_host „%1“ ist nicht zulässig; der Listener läuft nur auf diesem Rechner, verwenden Sie daher 127.0.0.1 (empfohlen, RFC 8252) oder localhost</translation>
    </message>
    <message>
        <source>redirect_port %1 is out of range; use 0 (an ephemeral port, the default) or a port from 1 to 65535</source>
        <translation>redirect_port %1 liegt außerhalb des zulässigen Bereichs; verwenden Sie 0 (einen kurzlebigen Port, der Standard) oder einen Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>redirect_path &quot;%1&quot; is not a plain path; it must start with &apos;/&apos; and contain no &apos;?&apos;, &apos;#&apos; or spaces, such as /callback</source>
        <translation>redirect_path „%1“ ist kein einfacher Pfad; er muss mit &apos;/&apos; beginnen und darf weder &apos;?&apos; noch &apos;#&apos; noch Leerzeichen enthalten, etwa /callback</translation>
    </message>
    <message>
        <source>refresh_margin %1 is out of range; give seconds from 0 to 86400 (one day)</source>
        <translation>refresh_margin %1 liegt außerhalb des zulässigen Bereichs; geben Sie Sekunden von 0 bis 86400 (ein Tag) an</translation>
    </message>
    <message>
        <source>an extra parameter has an empty name; write them as KEY=VALUE</source>
        <translation>ein zusätzlicher Parameter hat einen leeren Namen; schreiben Sie Parameter als KEY=VALUE</translation>
    </message>
    <message>
        <source>the extra parameter &quot;%1&quot; is set by the flow itself and cannot be overridden; remove it (scopes go in --scopes)</source>
        <translation>der zusätzliche Parameter „%1“ wird vom Flow selbst gesetzt und kann nicht überschrieben werden; entfernen Sie ihn (Bereiche gehören in --scopes)</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; has no OAuth settings</source>
        <translation>die Integration „%1“ hat keine OAuth-Einstellungen</translation>
    </message>
    <message>
        <source>the token endpoint answered without an access_token, so there is nothing to store; check the token URL and the provider&apos;s logs</source>
        <translation>der Token-Endpunkt hat ohne access_token geantwortet, daher gibt es nichts zu speichern; prüfen Sie die Token-URL und die Protokolle des Anbieters</translation>
    </message>
    <message>
        <source>OAuth connection</source>
        <translation>OAuth-Verbindung</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot; is still used by %2; use --force to remove it with its mappings, overrides and OAuth connections</source>
        <translation>die Organisation „%1“ wird noch verwendet von %2; verwenden Sie --force, um sie mitsamt ihren Zuordnungen, Überschreibungen und OAuth-Verbindungen zu entfernen</translation>
    </message>
    <message>
        <source>the organization name &quot;%1&quot; is empty or longer than 200 characters</source>
        <translation>der Organisationsname „%1“ ist leer oder länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>an imported OAuth connection has no access token</source>
        <translation>eine importierte OAuth-Verbindung hat kein Zugriffstoken</translation>
    </message>
    <message>
        <source>tokens imported from a bundle</source>
        <translation>Tokens aus einem Paket importiert</translation>
    </message>
    <message>
        <source>the limit must be between 1 and %1; %2 was given</source>
        <translation>das Limit muss zwischen 1 und %1 liegen; angegeben wurde %2</translation>
    </message>
    <message>
        <source>the paging id must not be negative</source>
        <translation>die Paging-ID darf nicht negativ sein</translation>
    </message>
    <message>
        <source>no integration named &quot;%1&quot;, now or in the history; see `bifrostctl integration list`</source>
        <translation>keine Integration namens „%1“, weder jetzt noch im Verlauf; siehe `bifrostctl integration list`</translation>
    </message>
    <message>
        <source>no organization named &quot;%1&quot;, now or in the history; see `bifrostctl org list`</source>
        <translation>keine Organisation namens „%1“, weder jetzt noch im Verlauf; siehe `bifrostctl org list`</translation>
    </message>
    <message>
        <source>deleted with %1 and %2</source>
        <translation>gelöscht, einschließlich %1 und %2</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>Schema fields reordered.</source>
        <translation>Reihenfolge der Schemafelder geändert.</translation>
    </message>
    <message>
        <source>Schema: %1.</source>
        <translation>Schema: %1.</translation>
    </message>
    <message>
        <source>OAuth settings removed, with every connection of the integration</source>
        <translation>OAuth-Einstellungen entfernt, samt allen Verbindungen der Integration</translation>
    </message>
    <message>
        <source>removed with %1 and %2</source>
        <translation>entfernt, einschließlich %1 und %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>unknown secret backend &quot;%1&quot;; use keychain or vault</source>
        <translation>unbekanntes Geheimnis-Backend „%1“; verwenden Sie keychain oder vault</translation>
    </message>
    <message>
        <source>%1: OAuth client secret</source>
        <translation>%1: OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <source>default connection</source>
        <translation>Standardverbindung</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>SQLite cannot check the database file: %1</source>
        <translation>SQLite kann die Datenbankdatei nicht prüfen: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite-Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>SQLite cannot check the foreign keys: %1</source>
        <translation>SQLite kann die Fremdschlüssel nicht prüfen: %1</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a row of %3 that does not exist</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine nicht existierende Zeile von %3</translation>
    </message>
    <message numerus="yes">
        <source>moved %n secret(s) from the %1 backend to the %2 backend</source>
        <translation>
            <numerusform>%n Geheimnis vom Backend %1 in das Backend %2 verschoben</numerusform>
            <numerusform>%n Geheimnisse vom Backend %1 in das Backend %2 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this database keeps its secrets in the %1 backend, not in the %2 this command opened (another process may have moved them with `bifrostctl secrets migrate`); nothing was changed: run the command again</source>
        <translation>diese Datenbank bewahrt ihre Geheimnisse im Backend %1 auf, nicht in %2, das dieser Befehl geöffnet hat (ein anderer Prozess hat sie vielleicht mit `bifrostctl secrets migrate` verschoben); nichts wurde geändert: Führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>the database URL is not valid: %1; write it as postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>die Datenbank-URL ist ungültig: %1; schreiben Sie sie als postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>the database URL holds a password, which would show in the process list and the shell history; remove it from the URL and keep it in the keychain, in PGPASSFILE (~/.pgpass), or type it when asked</source>
        <translation>die Datenbank-URL enthält ein Passwort, das in der Prozessliste und im Shell-Verlauf sichtbar wäre; entfernen Sie es aus der URL, und bewahren Sie es im Schlüsselbund oder in PGPASSFILE (~/.pgpass) auf, oder geben Sie es bei der Abfrage ein</translation>
    </message>
    <message>
        <source>it has a fragment (#%1)</source>
        <translation>sie enthält ein Fragment (#%1)</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>der Host fehlt</translation>
    </message>
    <message>
        <source>the port %1 is out of range (1-65535)</source>
        <translation>der Port %1 liegt außerhalb des gültigen Bereichs (1-65535)</translation>
    </message>
    <message>
        <source>the user is missing and the operating system user is unknown</source>
        <translation>der Benutzer fehlt, und der Benutzer des Betriebssystems ist unbekannt</translation>
    </message>
    <message>
        <source>the database name is missing (the part after the last &quot;/&quot;)</source>
        <translation>der Datenbankname fehlt (der Teil nach dem letzten „/“)</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; contains &quot;/&quot;</source>
        <translation>der Datenbankname „%1“ enthält „/“</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported (only sslmode is)</source>
        <translation>der Parameter „%1“ wird nicht unterstützt (nur sslmode)</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>no database location given; give a file path or a postgresql://USER@HOST:PORT/DBNAME URL</source>
        <translation>kein Speicherort der Datenbank angegeben; geben Sie einen Dateipfad oder eine URL der Form postgresql://USER@HOST:PORT/DBNAME an</translation>
    </message>
    <message>
        <source>&quot;//&quot; is missing after &quot;%1:&quot;</source>
        <translation>„//“ fehlt nach „%1:“</translation>
    </message>
    <message>
        <source>the location &quot;sqlite:&quot; names no file; write sqlite:PATH</source>
        <translation>der Speicherort „sqlite:“ nennt keine Datei; schreiben Sie sqlite:PATH</translation>
    </message>
    <message>
        <source>the database URL scheme &quot;%1&quot; is not supported; use a file path, sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>das URL-Schema „%1“ wird für Datenbanken nicht unterstützt; verwenden Sie einen Dateipfad, sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server at %1 (%2); check that it runs and that the host and port in the database URL are right</source>
        <translation>der PostgreSQL-Server unter %1 ist nicht erreichbar (%2); prüfen Sie, ob er läuft und ob Host und Port in der Datenbank-URL stimmen</translation>
    </message>
    <message>
        <source>the PostgreSQL server at %1 has no database &quot;%2&quot;; create it (createdb %2) or correct the name in the database URL</source>
        <translation>der PostgreSQL-Server unter %1 hat keine Datenbank „%2“; legen Sie sie an (createdb %2), oder korrigieren Sie den Namen in der Datenbank-URL</translation>
    </message>
    <message>
        <source>the PostgreSQL server at %1 has no login role &quot;%2&quot;; correct the user in the database URL or ask the server&apos;s administrator for a role</source>
        <translation>der PostgreSQL-Server unter %1 hat keine Login-Rolle „%2“; korrigieren Sie den Benutzer in der Datenbank-URL, oder bitten Sie den Administrator des Servers um eine Rolle</translation>
    </message>
    <message>
        <source>the PostgreSQL server at %1 refused the login of &quot;%2&quot; (password missing or wrong); give the password in the keychain entry &quot;%3&quot;, in PGPASSFILE (~/.pgpass), or type it when asked on a terminal</source>
        <translation>der PostgreSQL-Server unter %1 hat die Anmeldung von „%2“ abgelehnt (Passwort fehlt oder ist falsch); hinterlegen Sie das Passwort im Schlüsselbund-Eintrag „%3“ oder in PGPASSFILE (~/.pgpass), oder geben Sie es bei der Abfrage in einem Terminal ein</translation>
    </message>
    <message>
        <source>lost the connection to the database %1 (%2); check the server and try again</source>
        <translation>die Verbindung zur Datenbank %1 ist abgebrochen (%2); prüfen Sie den Server, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database %1 refused this to your PostgreSQL role (%2); ask an owner of the team for the role it needs</source>
        <translation>die Datenbank %1 hat dies Ihrer PostgreSQL-Rolle verweigert (%2); bitten Sie einen Eigentümer des Teams um die dafür nötige Rolle</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so %1 cannot be opened; install libqt6sql6-psql</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert, daher kann %1 nicht geöffnet werden; installieren Sie libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot bring the database %1 to schema version %2: %3; let its owner open it once first</source>
        <translation>die Datenbank %1 kann nicht auf Schemaversion %2 gebracht werden: %3; lassen Sie sie zuerst einmal von ihrem Eigentümer öffnen</translation>
    </message>
    <message>
        <source>config &quot;%1&quot; of &quot;%2&quot; (default)</source>
        <translation>die Einstellung „%1“ von „%2“ (Standardwert)</translation>
    </message>
    <message>
        <source>config &quot;%1&quot; of &quot;%2&quot; for &quot;%3&quot;</source>
        <translation>die Einstellung „%1“ von „%2“ für „%3“</translation>
    </message>
    <message>
        <source>the mapping of &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>die Zuordnung von „%1“ für „%2“</translation>
    </message>
    <message>
        <source>the foreign keys of the tables %1 form a cycle; they cannot be copied one after the other</source>
        <translation>die Fremdschlüssel der Tabellen %1 bilden einen Zyklus; sie können nicht nacheinander kopiert werden</translation>
    </message>
    <message>
        <source>the database %1 has no table &quot;%2&quot;</source>
        <translation>die Datenbank %1 hat keine Tabelle „%2“</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; of %2 has no column &quot;%3&quot;</source>
        <translation>die Tabelle „%1“ von %2 hat keine Spalte „%3“</translation>
    </message>
    <message>
        <source>the schema of &quot;%1&quot;</source>
        <translation>das Schema von „%1“</translation>
    </message>
    <message>
        <source>the table %1 cannot be read: %2</source>
        <translation>die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>PostgreSQL cannot list the constraints: %1</source>
        <translation>PostgreSQL kann die Integritätsbedingungen nicht auflisten: %1</translation>
    </message>
    <message>
        <source>the constraint %1 of table %2 was never validated</source>
        <translation>die Integritätsbedingung %1 der Tabelle %2 wurde nie validiert</translation>
    </message>
    <message>
        <source>the database %1 has no row version counter</source>
        <translation>die Datenbank %1 hat keinen Zähler für Zeilenversionen</translation>
    </message>
    <message>
        <source>%1 was removed by %2 at %3 (%4) after you loaded it; nothing was saved; reload and try again</source>
        <translation>%1 wurde seit dem Laden entfernt – von %2 am %3 (%4); es wurde nichts gespeichert; laden Sie neu, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (%4) after you loaded it; nothing was saved; reload and try again</source>
        <translation>%1 wurde seit dem Laden geändert – von %2 am %3 (%4); es wurde nichts gespeichert; laden Sie neu, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you loaded it; nothing was saved; reload and try again</source>
        <translation>%1 wurde seit dem Laden von jemand anderem geändert; es wurde nichts gespeichert; laden Sie neu, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;</source>
        <translation>Integration „%1“</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>team mode needs a PostgreSQL database; move with bifrostctl migrate</source>
        <translation>der Teammodus braucht eine PostgreSQL-Datenbank; ziehen Sie mit bifrostctl migrate um</translation>
    </message>
    <message>
        <source>viewers cannot read secret values; ask an owner for the editor role</source>
        <translation>Betrachter (viewer) können keine geheimen Werte lesen; bitten Sie einen Eigentümer um die Rolle editor</translation>
    </message>
    <message>
        <source>the database refused this to %1 (%2); ask a team owner for a role that allows it</source>
        <translation>die Datenbank hat dies %1 verweigert (%2); bitten Sie einen Team-Eigentümer um eine Rolle, die es erlaubt</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>diesem Login</translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>the database %1 has no team roles recorded; open it once as a role with CREATEROLE so the migration creates them</source>
        <translation>in der Datenbank %1 sind keine Team-Rollen verzeichnet; öffnen Sie sie einmal als Rolle mit CREATEROLE, damit die Migration sie anlegt</translation>
    </message>
    <message>
        <source>only team owners can change the team, and %1 is %2; ask an owner</source>
        <translation>nur Team-Eigentümer können das Team ändern, und %1 ist %2; wenden Sie sich an einen Eigentümer</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <source>there is no PostgreSQL login role &quot;%1&quot;; create it first (CREATE ROLE ... LOGIN) and run the command again</source>
        <translation>es gibt keine PostgreSQL-Login-Rolle „%1“; legen Sie sie zuerst an (CREATE ROLE ... LOGIN), und führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use owner, editor or viewer</source>
        <translation>unbekannte Rolle „%1“; verwenden Sie owner, editor oder viewer</translation>
    </message>
    <message>
        <source>the team of %1 is already set up; see `bifrostctl team list`</source>
        <translation>das Team von %1 ist bereits eingerichtet; siehe `bifrostctl team list`</translation>
    </message>
    <message>
        <source>the role %1 does not exist; open the database once as a role with CREATEROLE so that the migration creates the team roles</source>
        <translation>die Rolle %1 existiert nicht; öffnen Sie die Datenbank einmal als Rolle mit CREATEROLE, damit die Migration die Team-Rollen anlegt</translation>
    </message>
    <message>
        <source>%1 may not own this team; a database administrator must first run GRANT %2 TO %1 WITH ADMIN OPTION</source>
        <translation>%1 darf nicht Eigentümer dieses Teams sein; ein Datenbankadministrator muss zuerst GRANT %2 TO %1 WITH ADMIN OPTION ausführen</translation>
    </message>
    <message>
        <source>New team passphrase for %1 on %2: </source>
        <translation>Neue Team-Passphrase für %1 auf %2: </translation>
    </message>
    <message>
        <source>the new passphrase is too short: use at least %1 characters</source>
        <translation>die neue Passphrase ist zu kurz: verwenden Sie mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>another admin set up the team of %1 meanwhile; run the command again</source>
        <translation>ein anderer Admin hat das Team von %1 inzwischen eingerichtet; führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>set up the team with %1 as owner</source>
        <translation>Team mit %1 als Eigentümer eingerichtet</translation>
    </message>
    <message>
        <source>%1 is not a member of this team; ask a team owner to add you with `bifrostctl team add %1 --role editor`</source>
        <translation>%1 ist kein Mitglied dieses Teams; bitten Sie einen Team-Eigentümer, Sie mit `bifrostctl team add %1 --role editor` hinzuzufügen</translation>
    </message>
    <message>
        <source>%1 holds no team key; ask a team owner to set your role again with `bifrostctl team role %1 editor`</source>
        <translation>%1 besitzt keinen Team-Schlüssel; bitten Sie einen Team-Eigentümer, Ihre Rolle mit `bifrostctl team role %1 editor` erneut festzulegen</translation>
    </message>
    <message>
        <source>the team key of %1 is at version %2 but yours at %3; ask a team owner to run `bifrostctl team rotate`</source>
        <translation>der Team-Schlüssel von %1 hat die Version %2, Ihrer aber %3; bitten Sie einen Team-Eigentümer, `bifrostctl team rotate` auszuführen</translation>
    </message>
    <message>
        <source>Team passphrase for %1 on %2: </source>
        <translation>Team-Passphrase für %1 auf %2: </translation>
    </message>
    <message>
        <source>wrong team passphrase for %1; try again</source>
        <translation>falsche Team-Passphrase für %1; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the team key of %1 stored for %2 cannot be unwrapped; ask a team owner to set your role again</source>
        <translation>der für %2 gespeicherte Team-Schlüssel von %1 lässt sich nicht entschlüsseln; bitten Sie einen Team-Eigentümer, Ihre Rolle erneut festzulegen</translation>
    </message>
    <message>
        <source>the team key of %1 does not match its check value; ask a team owner to rotate the key</source>
        <translation>der Team-Schlüssel von %1 stimmt nicht mit seinem Prüfwert überein; bitten Sie einen Team-Eigentümer, den Schlüssel zu rotieren</translation>
    </message>
    <message>
        <source>team add needs the PostgreSQL login role of the new admin</source>
        <translation>team add braucht die PostgreSQL-Login-Rolle des neuen Admins</translation>
    </message>
    <message>
        <source>%1 is already a team member (%2); change the role with `bifrostctl team role %1 ROLE`</source>
        <translation>%1 ist bereits Mitglied des Teams (%2); ändern Sie die Rolle mit `bifrostctl team role %1 ROLE`</translation>
    </message>
    <message>
        <source>the initial passphrase of %1 is too short: use at least %2 characters</source>
        <translation>die Initial-Passphrase von %1 ist zu kurz: verwenden Sie mindestens %2 Zeichen</translation>
    </message>
    <message>
        <source>added %1 as %2</source>
        <translation>%1 als %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is not a team member; add them with `bifrostctl team add %1 --role ROLE`</source>
        <translation>%1 ist kein Mitglied des Teams; fügen Sie %1 mit `bifrostctl team add %1 --role ROLE` hinzu</translation>
    </message>
    <message>
        <source>%1 is the last owner of the team; make another admin owner first</source>
        <translation>%1 ist der letzte Eigentümer des Teams; machen Sie zuerst einen anderen Admin zum Eigentümer</translation>
    </message>
    <message>
        <source>changed the role of %1 from %2 to %3</source>
        <translation>Rolle von %1 von %2 in %3 geändert</translation>
    </message>
    <message>
        <source>%1 is not a team member; see `bifrostctl team list`</source>
        <translation>%1 ist kein Mitglied des Teams; siehe `bifrostctl team list`</translation>
    </message>
    <message>
        <source>%1 is the last owner of the team and cannot be removed; make another admin owner first</source>
        <translation>%1 ist der letzte Eigentümer des Teams und kann nicht entfernt werden; machen Sie zuerst einen anderen Admin zum Eigentümer</translation>
    </message>
    <message>
        <source>removed %1 (%2)</source>
        <translation>%1 entfernt (%2)</translation>
    </message>
    <message>
        <source>another owner rotated the team key meanwhile; nothing was changed, run the command again</source>
        <translation>ein anderer Eigentümer hat den Team-Schlüssel inzwischen rotiert; es wurde nichts geändert, führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>the secret %1 is sealed with key version %2, not the current %3; nothing was changed</source>
        <translation>das Geheimnis %1 ist mit der Schlüsselversion %2 versiegelt, nicht mit der aktuellen %3; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the secret %1 does not decrypt with the current team key; nothing was changed</source>
        <translation>das Geheimnis %1 lässt sich mit dem aktuellen Team-Schlüssel nicht entschlüsseln; es wurde nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>rotated the team key to version %1: %n secret(s) re-encrypted for %2 key holder(s)</source>
        <translation>
            <numerusform>Team-Schlüssel auf Version %1 rotiert: %n Geheimnis für %2 Schlüsselinhaber neu verschlüsselt</numerusform>
            <numerusform>Team-Schlüssel auf Version %1 rotiert: %n Geheimnisse für %2 Schlüsselinhaber neu verschlüsselt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no team key</source>
        <translation>%1 besitzt keinen Team-Schlüssel</translation>
    </message>
    <message>
        <source>%1 changed their team passphrase</source>
        <translation>%1 hat die eigene Team-Passphrase geändert</translation>
    </message>
    <message>
        <source>team secrets in %1, encrypted with the team key</source>
        <translation>Team-Geheimnisse in %1, verschlüsselt mit dem Team-Schlüssel</translation>
    </message>
    <message>
        <source>no team secret %1; set the value again</source>
        <translation>kein Team-Geheimnis %1; setzen Sie den Wert erneut</translation>
    </message>
    <message>
        <source>the team secret %1 is sealed with key version %2, not the current %3; ask a team owner to run `bifrostctl team rotate`</source>
        <translation>das Team-Geheimnis %1 ist mit der Schlüsselversion %2 versiegelt, nicht mit der aktuellen %3; bitten Sie einen Team-Eigentümer, `bifrostctl team rotate` auszuführen</translation>
    </message>
    <message>
        <source>the team secret %1 does not decrypt with the team key; it was changed outside Bifrost, set the value again</source>
        <translation>das Team-Geheimnis %1 lässt sich mit dem Team-Schlüssel nicht entschlüsseln; es wurde außerhalb von Bifrost geändert, setzen Sie den Wert erneut</translation>
    </message>
</context>
<context>
    <name>UpdateIntegrationCommand</name>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>default entity id</source>
        <translation>Standard-Entitäts-ID</translation>
    </message>
    <message>
        <source>entity id label</source>
        <translation>Bezeichnung der Entitäts-ID</translation>
    </message>
    <message>
        <source>Change %1 of the integration</source>
        <translation>Integration ändern: %1</translation>
    </message>
    <message>
        <source>The %1 of integration &quot;%2&quot; was changed elsewhere since it was loaded; reload to see the new value, then apply your change again.</source>
        <translation>Die Einstellung „%1“ der Integration „%2“ wurde seit dem Laden an anderer Stelle geändert; laden Sie neu, um den neuen Wert zu sehen, und übernehmen Sie Ihre Änderung dann erneut.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is below the minimum %2; give a value of at least %2</source>
        <translation>%1 liegt unter dem Minimum %2; geben Sie einen Wert von mindestens %2 an</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2; give a value of at most %2</source>
        <translation>%1 liegt über dem Maximum %2; geben Sie einen Wert von höchstens %2 an</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 entspricht nicht dem Muster %2</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>der Wert</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values (%2)</source>
        <translation>%1 ist keiner der zulässigen Werte (%2)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>override for organization &quot;%1&quot;</source>
        <translation>Überschreibung für Organisation „%1“</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;, key &quot;%2&quot; (%3)</source>
        <translation>Integration „%1“, Schlüssel „%2“ (%3)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected text, got a JSON value of another type</source>
        <translation>Text erwartet, aber einen JSON-Wert eines anderen Typs erhalten</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>Text erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation>der Wert ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 is not a whole number; give a 64-bit integer such as 30</source>
        <translation>%1 ist keine ganze Zahl; geben Sie eine 64-Bit-Ganzzahl wie 30 an</translation>
    </message>
    <message>
        <source>%1 is not a boolean; give true or false</source>
        <translation>%1 ist kein boolescher Wert; geben Sie true oder false an</translation>
    </message>
    <message>
        <source>no JSON value given</source>
        <translation>kein JSON-Wert angegeben</translation>
    </message>
    <message>
        <source>give true, false, yes, no, 1 or 0</source>
        <translation>geben Sie true, false, yes, no, 1 oder 0 an</translation>
    </message>
    <message>
        <source>give true or false</source>
        <translation>geben Sie true oder false an</translation>
    </message>
    <message>
        <source>%1 is not a boolean; %2</source>
        <translation>%1 ist kein boolescher Wert; %2</translation>
    </message>
    <message>
        <source>invalid JSON at %1</source>
        <translation>ungültiges JSON bei %1</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;, schema field &quot;%2&quot;</source>
        <translation>Integration „%1“, Schemafeld „%2“</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;: schema key %2 is not valid; keys start with a letter or _ and contain only letters, digits and _ (at most 100 characters)</source>
        <translation>Integration „%1“: der Schemaschlüssel %2 ist ungültig; Schlüssel beginnen mit einem Buchstaben oder _ und enthalten nur Buchstaben, Ziffern und _ (höchstens 100 Zeichen)</translation>
    </message>
    <message>
        <source>: pattern applies only to string fields; remove it or change the type</source>
        <translation>: pattern gilt nur für Felder vom Typ string; entfernen Sie es oder ändern Sie den Typ</translation>
    </message>
    <message>
        <source>: pattern %1 is not a valid regular expression (%2 at offset %3)</source>
        <translation>: das Muster %1 ist kein gültiger regulärer Ausdruck (%2 an Position %3)</translation>
    </message>
    <message>
        <source>: min and max apply only to int fields; remove them or change the type</source>
        <translation>: min und max gelten nur für Felder vom Typ int; entfernen Sie sie oder ändern Sie den Typ</translation>
    </message>
    <message>
        <source>: min %1 is greater than max %2</source>
        <translation>: min %1 ist größer als max %2</translation>
    </message>
    <message>
        <source>: options apply only to string and int fields</source>
        <translation>: options gilt nur für Felder vom Typ string und int</translation>
    </message>
    <message>
        <source>: option %1 is not valid for the field: %2</source>
        <translation>: die Option %1 ist für das Feld ungültig: %2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>the encryption key is not set; unlock the vault or bundle first</source>
        <translation>der Verschlüsselungsschlüssel ist nicht gesetzt; entsperren Sie zuerst den Tresor oder das Paket</translation>
    </message>
    <message>
        <source>the nonce must be %1 bytes, not %2</source>
        <translation>die Nonce muss %1 Bytes lang sein, nicht %2</translation>
    </message>
    <message>
        <source>the encryption library (OpenSSL) failed; check the installation</source>
        <translation>die Verschlüsselungsbibliothek (OpenSSL) ist fehlgeschlagen; prüfen Sie die Installation</translation>
    </message>
    <message>
        <source>the scrypt cost log2(N) must be between 10 and 22, not %1; the file may be damaged</source>
        <translation>der scrypt-Kostenparameter log2(N) muss zwischen 10 und 22 liegen, nicht %1; die Datei ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>the scrypt block size r must be between 1 and 32, not %1; the file may be damaged</source>
        <translation>die scrypt-Blockgröße r muss zwischen 1 und 32 liegen, nicht %1; die Datei ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>the scrypt parallelism p must be between 1 and 16, not %1; the file may be damaged</source>
        <translation>die scrypt-Parallelität p muss zwischen 1 und 16 liegen, nicht %1; die Datei ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>cannot generate a negative number of random bytes</source>
        <translation>es kann keine negative Anzahl von Zufallsbytes erzeugt werden</translation>
    </message>
    <message>
        <source>the system random number generator failed; check that /dev/urandom is available</source>
        <translation>der Zufallszahlengenerator des Systems ist fehlgeschlagen; prüfen Sie, ob /dev/urandom verfügbar ist</translation>
    </message>
    <message>
        <source>the scrypt salt is empty</source>
        <translation>das scrypt-Salt ist leer</translation>
    </message>
    <message>
        <source>cannot derive the key from the passphrase (scrypt failed, possibly out of memory)</source>
        <translation>der Schlüssel kann nicht aus der Passphrase abgeleitet werden (scrypt ist fehlgeschlagen, möglicherweise zu wenig Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>the data failed authentication: wrong key, or it was changed or damaged</source>
        <translation>die Daten haben die Authentifizierung nicht bestanden: falscher Schlüssel, oder sie wurden verändert oder beschädigt</translation>
    </message>
    <message>
        <source>the %1 secret backend cannot list its entries</source>
        <translation>das Geheimnis-Backend %1 kann seine Einträge nicht auflisten</translation>
    </message>
    <message>
        <source>the vault file %1 is damaged or was changed (%2); nothing was read from it. Restore it from a backup, or point BIFROST_VAULT at the right file</source>
        <translation>die Tresordatei %1 ist beschädigt oder wurde verändert (%2); es wurde nichts daraus gelesen. Stellen Sie sie aus einer Sicherung wieder her, oder lassen Sie BIFROST_VAULT auf die richtige Datei zeigen</translation>
    </message>
    <message>
        <source>the vault file %1 is truncated (%2 of %3 bytes); nothing was read from it. Restore it from a backup</source>
        <translation>die Tresordatei %1 ist abgeschnitten (%2 von %3 Bytes); es wurde nichts daraus gelesen. Stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>wrong passphrase for the vault %1; enter the passphrase the vault was created with (BIFROST_VAULT_PASSPHRASE, --passphrase-stdin or the prompt)</source>
        <translation>falsche Passphrase für den Tresor %1; geben Sie die Passphrase ein, mit der der Tresor angelegt wurde (BIFROST_VAULT_PASSPHRASE, --passphrase-stdin oder die Abfrage)</translation>
    </message>
    <message>
        <source>%1 is not a Bifrost Admin vault file (no vault header); point BIFROST_VAULT at the vault, or move this file away to start a new vault</source>
        <translation>%1 ist keine Tresordatei von Bifrost Admin (kein Tresor-Header); lassen Sie BIFROST_VAULT auf den Tresor zeigen, oder verschieben Sie diese Datei, um einen neuen Tresor zu beginnen</translation>
    </message>
    <message>
        <source>the vault file %1 has format version %2, but this version of Bifrost Admin reads version %3 at most; open it with a newer Bifrost Admin</source>
        <translation>die Tresordatei %1 hat die Formatversion %2, aber diese Version von Bifrost Admin liest höchstens Version %3; öffnen Sie sie mit einer neueren Version von Bifrost Admin</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>unbekannte Formatversion %1</translation>
    </message>
    <message>
        <source>the header checksum does not match</source>
        <translation>die Header-Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>a reserved header byte is set</source>
        <translation>ein reserviertes Header-Byte ist gesetzt</translation>
    </message>
    <message>
        <source>impossible length %1</source>
        <translation>unmögliche Länge %1</translation>
    </message>
    <message>
        <source>%1 bytes after the end</source>
        <translation>%1 Bytes nach dem Ende</translation>
    </message>
    <message>
        <source>cannot read the vault file %1 (%2); check its permissions</source>
        <translation>die Tresordatei %1 kann nicht gelesen werden (%2); prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <source>the file is %1 bytes, far larger than any vault</source>
        <translation>die Datei ist %1 Bytes groß, weit größer als jeder Tresor</translation>
    </message>
    <message>
        <source>cannot read the vault file %1 (%2)</source>
        <translation>die Tresordatei %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>cannot lock the vault %1: cannot open %2 (%3); check that the folder exists and is writable</source>
        <translation>für den Tresor %1 kann keine Dateisperre gesetzt werden: %2 kann nicht geöffnet werden (%3); prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>cannot lock the vault %1 (%2)</source>
        <translation>für den Tresor %1 kann keine Dateisperre gesetzt werden (%2)</translation>
    </message>
    <message>
        <source>cannot save the vault %1: %2 failed (%3); the previous vault file is unchanged. Free disk space or fix the folder&apos;s permissions and try again</source>
        <translation>der Tresor %1 kann nicht gespeichert werden: %2 ist fehlgeschlagen (%3); die bisherige Tresordatei ist unverändert. Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>das Anlegen von %1</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>das Schreiben von %1</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>das Umbenennen von %1</translation>
    </message>
    <message>
        <source>encrypted vault %1</source>
        <translation>verschlüsselter Tresor %1</translation>
    </message>
    <message>
        <source>the vault %1 needs a passphrase; set BIFROST_VAULT_PASSPHRASE or use --passphrase-stdin</source>
        <translation>der Tresor %1 braucht eine Passphrase; setzen Sie BIFROST_VAULT_PASSPHRASE oder verwenden Sie --passphrase-stdin</translation>
    </message>
    <message>
        <source>the vault passphrase is empty; enter the vault&apos;s passphrase</source>
        <translation>die Passphrase des Tresors ist leer; geben Sie die Passphrase des Tresors ein</translation>
    </message>
    <message>
        <source>the passphrase for the new vault %1 is too short: use at least %2 characters</source>
        <translation>die Passphrase für den neuen Tresor %1 ist zu kurz: verwenden Sie mindestens %2 Zeichen</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the decrypted contents are not a vault</source>
        <translation>der entschlüsselte Inhalt ist kein Tresor</translation>
    </message>
    <message>
        <source>the secret %1 is missing from the vault %2; set the value again</source>
        <translation>das Geheimnis %1 fehlt im Tresor %2; setzen Sie den Wert erneut</translation>
    </message>
</context>
<context>
    <name>bifrost::AdminSession</name>
    <message>
        <source>Another admin</source>
        <translation>Ein anderer Admin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 hat %2 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 made %n change(s) to %2</source>
        <translation>
            <numerusform>%1 hat %n Änderung an %2 vorgenommen</numerusform>
            <numerusform>%1 hat %n Änderungen an %2 vorgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made %n change(s)</source>
        <translation>
            <numerusform>%1 hat %n Änderung vorgenommen</numerusform>
            <numerusform>%1 hat %n Änderungen vorgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made %n change(s) to %2 and more</source>
        <translation>
            <numerusform>%1 hat %n Änderung an %2 und weiteren Stellen vorgenommen</numerusform>
            <numerusform>%1 hat %n Änderungen an %2 und weiteren Stellen vorgenommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::AutoMatchDialog</name>
    <message>
        <source>&amp;Include organizations that already have an entity ID</source>
        <translation>Auch Organisationen mit vorhandener Entitäts-ID &amp;einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>Ab&amp;gleichen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>Auto-match organizations</source>
        <translation>Organisationen automatisch zuordnen</translation>
    </message>
    <message>
        <source>Paste the entities of the external system, one per line: entity_id,entity_name (CSV, header optional) or two columns copied from a spreadsheet. Exact name matches are accepted; review fuzzy ones and tick those that are right.</source>
        <translation>Fügen Sie die Entitäten des externen Systems ein, eine pro Zeile: entity_id,entity_name (CSV, Kopfzeile optional) oder zwei aus einer Tabellenkalkulation kopierte Spalten. Exakte Namenstreffer werden angenommen; prüfen Sie unscharfe Treffer und haken Sie die richtigen an.</translation>
    </message>
    <message>
        <source>&amp;Entities:</source>
        <translation>E&amp;ntitäten:</translation>
    </message>
    <message>
        <source>External entities</source>
        <translation>Externe Entitäten</translation>
    </message>
    <message>
        <source>Proposed matches</source>
        <translation>Vorgeschlagene Treffer</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>&amp;Alle annehmen</translation>
    </message>
    <message>
        <source>Accept &amp;none</source>
        <translation>&amp;Keine annehmen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n match(es)</source>
        <translation>
            <numerusform>%n Treffer übe&amp;rnehmen</numerusform>
            <numerusform>%n Treffer übe&amp;rnehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n exakter Treffer</numerusform>
            <numerusform>%n exakte Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fuzzy</source>
        <translation>
            <numerusform>%n unscharfer Treffer</numerusform>
            <numerusform>%n unscharfe Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) without a match</source>
        <translation>
            <numerusform>%n Organisation ohne Treffer</numerusform>
            <numerusform>%n Organisationen ohne Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map %n organization(s) by name</source>
        <translation>
            <numerusform>%n Organisation über den Namen zuordnen</numerusform>
            <numerusform>%n Organisationen über den Namen zuordnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::AutoMatchModel</name>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Fuzzy</source>
        <translation>Unscharf</translation>
    </message>
    <message>
        <source>Accept match of %1</source>
        <translation>Treffer für %1 annehmen</translation>
    </message>
    <message>
        <source>Accepting replaces the current mapping (%1).</source>
        <translation>Das Annehmen ersetzt die aktuelle Zuordnung (%1).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Entitätsname</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Current entity ID</source>
        <translation>Aktuelle Entitäts-ID</translation>
    </message>
</context>
<context>
    <name>bifrost::BulkEditDialog</name>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message numerus="yes">
        <source>Set a value for %n organization(s)</source>
        <translation>
            <numerusform>Wert für %n Organisation festlegen</numerusform>
            <numerusform>Wert für %n Organisationen festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset a key to its default for %n organization(s)</source>
        <translation>
            <numerusform>Schlüssel für %n Organisation auf den Standardwert zurücksetzen</numerusform>
            <numerusform>Schlüssel für %n Organisationen auf den Standardwert zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value becomes an override for each of the %n selected organization(s).</source>
        <translation>
            <numerusform>Der Wert wird für die %n ausgewählte Organisation zu einer Überschreibung.</numerusform>
            <numerusform>Der Wert wird für jede der %n ausgewählten Organisationen zu einer Überschreibung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The override is removed for each of the %n selected organization(s); they inherit the integration default again.</source>
        <translation>
            <numerusform>Die Überschreibung wird für die %n ausgewählte Organisation entfernt; sie erbt wieder den Standardwert der Integration.</numerusform>
            <numerusform>Die Überschreibung wird für jede der %n ausgewählten Organisationen entfernt; sie erben wieder den Standardwert der Integration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Festlegen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>This integration has no keys yet. Add fields in the Schema tab first.</source>
        <translation>Diese Integration hat noch keine Schlüssel. Fügen Sie zuerst auf der Registerkarte „Schema“ Felder hinzu.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %n organization(s)</source>
        <translation>
            <numerusform>%1 für %n Organisation festlegen</numerusform>
            <numerusform>%1 für %n Organisationen festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %1 to default for %n organization(s)</source>
        <translation>
            <numerusform>%1 für %n Organisation auf den Standardwert zurücksetzen</numerusform>
            <numerusform>%1 für %n Organisationen auf den Standardwert zurücksetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::ConfigFormModel</name>
    <message numerus="yes">
        <source>%n field(s) cannot be saved; correct them first: %1</source>
        <translation>
            <numerusform>%n Feld kann nicht gespeichert werden; korrigieren Sie es zuerst: %1</numerusform>
            <numerusform>%n Felder können nicht gespeichert werden; korrigieren Sie sie zuerst: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit overrides of %1 for %2</source>
        <translation>Überschreibungen von %1 für %2 bearbeiten</translation>
    </message>
    <message>
        <source>Edit defaults of %1</source>
        <translation>Standardwerte von %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 The form now shows the stored values with your edits kept; apply again to overwrite them, or revert your edits.</source>
        <translation>%1 Das Formular zeigt jetzt die gespeicherten Werte, Ihre Änderungen bleiben erhalten; übernehmen Sie erneut, um die Werte zu überschreiben, oder verwerfen Sie Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Only secret fields can be revealed.</source>
        <translation>Nur geheime Felder können angezeigt werden.</translation>
    </message>
    <message>
        <source>No secret is stored for %1, so there is nothing to reveal; type one to set it.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert, daher gibt es nichts anzuzeigen; geben Sie eines ein, um es festzulegen.</translation>
    </message>
    <message>
        <source>secret configured</source>
        <translation>Geheimnis konfiguriert</translation>
    </message>
    <message>
        <source>new secret (not saved)</source>
        <translation>neues Geheimnis (nicht gespeichert)</translation>
    </message>
    <message>
        <source>override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>bifrost::ConfigFormView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>This integration has no fields yet. Add them on the Schema tab.</source>
        <translation>Diese Integration hat noch keine Felder. Fügen Sie sie auf der Registerkarte „Schema“ hinzu.</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Drop the changes that are not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Read the stored secret and show it here</source>
        <translation>Das gespeicherte Geheimnis lesen und hier anzeigen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Type a new secret in place of the stored one</source>
        <translation>Ein neues Geheimnis anstelle des gespeicherten eingeben</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the stored secret when the form is applied</source>
        <translation>Das gespeicherte Geheimnis beim Übernehmen des Formulars entfernen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Remove this organization&apos;s override so that it uses the default</source>
        <translation>Die Überschreibung dieser Organisation entfernen, sodass sie den Standardwert verwendet</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>%1 auf den Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Pflichtfeld. %1</translation>
    </message>
    <message>
        <source>Overrides the default: %1</source>
        <translation>Überschreibt den Standardwert: %1</translation>
    </message>
    <message>
        <source>Override; no default is set</source>
        <translation>Überschreibung; kein Standardwert gesetzt</translation>
    </message>
    <message>
        <source>Inherited default: %1</source>
        <translation>Geerbter Standardwert: %1</translation>
    </message>
    <message>
        <source>Not set, and no default is set</source>
        <translation>Nicht gesetzt, und kein Standardwert gesetzt</translation>
    </message>
    <message>
        <source>Secret configured</source>
        <translation>Geheimnis konfiguriert</translation>
    </message>
    <message>
        <source>No secret set</source>
        <translation>Kein Geheimnis gesetzt</translation>
    </message>
    <message>
        <source>Will be removed when applied</source>
        <translation>Wird beim Übernehmen entfernt</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Removed elsewhere since you started editing; Apply reports the conflict first</source>
        <translation>Seit Beginn Ihrer Bearbeitung an anderer Stelle entfernt; „Übernehmen“ meldet zuerst den Konflikt</translation>
    </message>
    <message>
        <source>Changed elsewhere to %1 since you started editing; Apply reports the conflict first</source>
        <translation>Seit Beginn Ihrer Bearbeitung an anderer Stelle auf %1 geändert; „Übernehmen“ meldet zuerst den Konflikt</translation>
    </message>
</context>
<context>
    <name>bifrost::ConfigValueDelegate</name>
    <message>
        <source>Default: %1</source>
        <translation>Standardwert: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation>Nicht gesetzt (%1)</translation>
    </message>
    <message>
        <source>%1 (not an allowed value)</source>
        <translation>%1 (kein zulässiger Wert)</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Ganze Zahl (Minimum: %1, Maximum: %2)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>secret configured; type to replace it</source>
        <translation>Geheimnis konfiguriert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>default secret configured; type to override it</source>
        <translation>Standardgeheimnis konfiguriert; zum Überschreiben neu eingeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>bifrost::ConnectDialog</name>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation>Autorisierungs-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;User code:</source>
        <translation>Benutzer&amp;code:</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Verbinden: %1</translation>
    </message>
    <message>
        <source>Starting the connection for %1…</source>
        <translation>Die Verbindung für %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <source>Sign in at the provider and allow access in your browser. If no browser window opened, open this URL yourself:</source>
        <translation>Melden Sie sich im Browser beim Anbieter an und erlauben Sie den Zugriff. Falls sich kein Browserfenster geöffnet hat, öffnen Sie diese URL selbst:</translation>
    </message>
    <message>
        <source>Bifrost Admin receives the provider&apos;s answer on %1.</source>
        <translation>Bifrost Admin empfängt die Antwort des Anbieters unter %1.</translation>
    </message>
    <message>
        <source>On this or any other device, open the address below and enter the user code.</source>
        <translation>Öffnen Sie auf diesem oder einem anderen Gerät die folgende Adresse und geben Sie den Benutzercode ein.</translation>
    </message>
    <message>
        <source>Verification &amp;address:</source>
        <translation>Bestätigungs&amp;adresse:</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>Bestätigungsadresse</translation>
    </message>
    <message>
        <source>The browser could not be started: copy the URL instead.</source>
        <translation>Der Browser konnte nicht gestartet werden: Kopieren Sie stattdessen die URL.</translation>
    </message>
    <message>
        <source>Waiting for the provider: %1 left.</source>
        <translation>Warten auf den Anbieter: noch %1.</translation>
    </message>
    <message>
        <source>The connection was not made; nothing was stored.</source>
        <translation>Die Verbindung wurde nicht hergestellt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>bifrost::CsvImportDialog</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>Import mappings from CSV</source>
        <translation>Zuordnungen aus CSV importieren</translation>
    </message>
    <message>
        <source>Paste CSV with the columns organization, entity_id, entity_name (a header row is optional), or open a file. Organizations are matched by name.</source>
        <translation>Fügen Sie CSV mit den Spalten organization, entity_id, entity_name ein (eine Kopfzeile ist optional), oder öffnen Sie eine Datei. Organisationen werden über den Namen zugeordnet.</translation>
    </message>
    <message>
        <source>C&amp;SV:</source>
        <translation>C&amp;SV:</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV-Text</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown organization(s), skipped</source>
        <translation>
            <numerusform>%n unbekannte Organisation, übersprungen</numerusform>
            <numerusform>%n unbekannte Organisationen, übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check that the file exists and is readable.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>Open CSV file</source>
        <translation>CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s) from CSV</source>
        <translation>
            <numerusform>%n Zuordnung aus CSV importieren</numerusform>
            <numerusform>%n Zuordnungen aus CSV importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see the mappings as they are now.</source>
        <translation>Erstellen Sie die Vorschau erneut, um die Zuordnungen im aktuellen Stand zu sehen.</translation>
    </message>
</context>
<context>
    <name>bifrost::DatabasePasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 asks for a password. Neither the keychain nor PGPASSFILE (~/.pgpass) had one it accepted.</source>
        <translation>Der PostgreSQL-Server von %1 verlangt ein Passwort. Weder der Schlüsselbund noch PGPASSFILE (~/.pgpass) enthielt eines, das er akzeptiert hat.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this login and database, so the next start does not ask. Leave it off on a shared machine.</source>
        <translation>Wird für diesen Login und diese Datenbank im Schlüsselbund des Systems aufbewahrt, damit beim nächsten Start nicht gefragt wird. Lassen Sie dies auf einem gemeinsam genutzten Rechner ausgeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Type the password, or cancel.</source>
        <translation>Geben Sie das Passwort ein, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>No password was given for %1; type it when asked, or put it in PGPASSFILE (~/.pgpass).</source>
        <translation>Für %1 wurde kein Passwort angegeben; geben Sie es bei der Abfrage ein, oder hinterlegen Sie es in PGPASSFILE (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>bifrost::ExportDialog</name>
    <message>
        <source>Include &amp;secrets (encrypted with the passphrase)</source>
        <translation>&amp;Geheimnisse einbeziehen (mit der Passphrase verschlüsselt)</translation>
    </message>
    <message>
        <source>Include OAuth &amp;tokens</source>
        <translation>OAuth-&amp;Tokens einbeziehen</translation>
    </message>
    <message>
        <source>Export Integrations</source>
        <translation>Integrationen exportieren</translation>
    </message>
    <message>
        <source>Integrations to export</source>
        <translation>Zu exportierende Integrationen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Each with its schema, defaults, OAuth settings, mappings and overrides, and every organization they refer to.</source>
        <translation>Jeweils mit Schema, Standardwerten, OAuth-Einstellungen, Zuordnungen und Überschreibungen sowie allen Organisationen, auf die sie verweisen.</translation>
    </message>
    <message>
        <source>Access and refresh tokens let whoever has the bundle and its passphrase act as the connected account; leave them out unless the other machine must not connect again.</source>
        <translation>Mit Zugriffs- und Aktualisierungstokens kann jeder, der das Paket und seine Passphrase hat, als das verbundene Konto handeln; lassen Sie sie weg, sofern sich der andere Rechner nicht erneut verbinden darf.</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Passphrase des Pakets</translation>
    </message>
    <message>
        <source>Bundle passphrase again</source>
        <translation>Passphrase des Pakets wiederholen</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Date&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another file.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you: %2. Choose another file.</source>
        <translation>%1 kann nicht nur für Sie lesbar gemacht werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>No passphrase: the bundle holds no secret values, and the import lists the secrets to fill in.</source>
        <translation>Keine Passphrase: Das Paket enthält keine geheimen Werte, und der Import listet die auszufüllenden Geheimnisse auf.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. The colleague who imports needs it; it cannot be recovered.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Wer importiert, braucht sie; sie kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>Mindestens %n Zeichen. Wer importiert, braucht sie; sie kann nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Geben Sie dieselbe Passphrase noch einmal ein.</translation>
    </message>
    <message>
        <source>Long enough. Longer is stronger.</source>
        <translation>Lang genug. Länger ist sicherer.</translation>
    </message>
    <message>
        <source>Strong length.</source>
        <translation>Sichere Länge.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Bifrost bundles (*.json);;All files (*)</source>
        <translation>Bifrost-Pakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tick at least one integration to export.</source>
        <translation>Haken Sie mindestens eine Integration zum Exportieren an.</translation>
    </message>
    <message>
        <source>Choose the file to write the bundle to.</source>
        <translation>Wählen Sie die Datei, in die das Paket geschrieben wird.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n integration(s)</source>
        <translation>
            <numerusform>Exportiert: %n Integration</numerusform>
            <numerusform>Exportiert: %n Integrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n organization(s)</source>
        <translation>
            <numerusform> und %n Organisation</numerusform>
            <numerusform> und %n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n secret value(s) encrypted</source>
        <translation>
            <numerusform>, mit %n verschlüsseltem geheimem Wert</numerusform>
            <numerusform>, mit %n verschlüsselten geheimen Werten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n OAuth token(s))</source>
        <translation>
            <numerusform> (%n OAuth-Token)</numerusform>
            <numerusform> (%n OAuth-Tokens)</numerusform>
        </translation>
    </message>
    <message>
        <source>, without secrets</source>
        <translation>, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>, to %1.</source>
        <translation>, in die Datei %1.</translation>
    </message>
    <message>
        <source>Give the passphrase to whoever imports the file by another way than the file itself.</source>
        <translation>Geben Sie die Passphrase der Person, die die Datei importiert, auf einem anderen Weg als über die Datei selbst.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>bifrost::HistoryModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Value set</source>
        <translation>Wert gesetzt</translation>
    </message>
    <message>
        <source>Value removed</source>
        <translation>Wert entfernt</translation>
    </message>
    <message>
        <source>Schema changed</source>
        <translation>Schema geändert</translation>
    </message>
    <message>
        <source>Mapping set</source>
        <translation>Zuordnung gesetzt</translation>
    </message>
    <message>
        <source>Mapping removed</source>
        <translation>Zuordnung entfernt</translation>
    </message>
    <message>
        <source>Integration created</source>
        <translation>Integration erstellt</translation>
    </message>
    <message>
        <source>Integration renamed</source>
        <translation>Integration umbenannt</translation>
    </message>
    <message>
        <source>Integration settings changed</source>
        <translation>Integrationseinstellungen geändert</translation>
    </message>
    <message>
        <source>Integration deleted</source>
        <translation>Integration gelöscht</translation>
    </message>
    <message>
        <source>Organization added</source>
        <translation>Organisation hinzugefügt</translation>
    </message>
    <message>
        <source>Organization renamed</source>
        <translation>Organisation umbenannt</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>Organisation entfernt</translation>
    </message>
    <message>
        <source>OAuth settings changed</source>
        <translation>OAuth-Einstellungen geändert</translation>
    </message>
    <message>
        <source>OAuth connected</source>
        <translation>OAuth verbunden</translation>
    </message>
    <message>
        <source>OAuth disconnected</source>
        <translation>OAuth getrennt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Secrets moved</source>
        <translation>Geheimnisse verschoben</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>A secret changed; its value is never recorded.</source>
        <translation>Ein Geheimnis wurde geändert; sein Wert wird nie aufgezeichnet.</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Organization / level</source>
        <translation>Organisation / Ebene</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>bifrost::HistoryView</name>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Filter the loaded entries (key, organization, who, value…)</source>
        <translation>Die geladenen Einträge filtern (Schlüssel, Organisation, Wer, Wert…)</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Change history, newest first</source>
        <translation>Änderungsverlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Show the next older entries</source>
        <translation>Die nächsten älteren Einträge anzeigen</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded change(s) match</source>
        <translation>
            <numerusform>Treffer: %1 von %n geladenen Änderung</numerusform>
            <numerusform>Treffer: %1 von %n geladenen Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n Änderung angezeigt</numerusform>
            <numerusform>%n Änderungen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::ImportDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Secrets to fill in after the import:</source>
        <translation>Nach dem Import auszufüllende Geheimnisse:</translation>
    </message>
    <message>
        <source>Import Integrations</source>
        <translation>Integrationen importieren</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>A bundle written by File &gt; Export or bifrostctl export</source>
        <translation>Ein Paket, geschrieben mit Datei &gt; Exportieren oder bifrostctl export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation>Passphrase des Pakets</translation>
    </message>
    <message>
        <source>When an integration exists already</source>
        <translation>Wenn eine Integration bereits existiert</translation>
    </message>
    <message>
        <source>Stop: import nothing</source>
        <translation>Anhalten: nichts importieren</translation>
    </message>
    <message>
        <source>Skip it: keep it as it is</source>
        <translation>Überspringen: unverändert lassen</translation>
    </message>
    <message>
        <source>Replace it with the bundle&apos;s</source>
        <translation>Ersetzen: durch die Fassung aus dem Paket</translation>
    </message>
    <message>
        <source>Merge: add what it lacks, keep what it has</source>
        <translation>Zusammenführen: Fehlendes ergänzen, Vorhandenes behalten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Was der Import bewirkt</translation>
    </message>
    <message>
        <source>Secrets to fill in</source>
        <translation>Auszufüllende Geheimnisse</translation>
    </message>
    <message>
        <source>An import cannot be undone, and it clears the undo history (Ctrl+Z).</source>
        <translation>Ein Import kann nicht rückgängig gemacht werden, und er leert den Rückgängig-Verlauf (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>When an integration &amp;exists:</source>
        <translation>Wenn die Integration bereits &amp;existiert:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import From</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Bifrost bundles (*.json);;All files (*)</source>
        <translation>Bifrost-Pakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets encrypted with a passphrase</source>
        <translation>Geheimnisse mit einer Passphrase verschlüsselt</translation>
    </message>
    <message>
        <source>no secret values</source>
        <translation>keine geheimen Werte</translation>
    </message>
    <message>
        <source>Type the passphrase the bundle was exported with, then Preview.</source>
        <translation>Geben Sie die Passphrase ein, mit der das Paket exportiert wurde, und klicken Sie dann auf „Vorschau“.</translation>
    </message>
    <message>
        <source>Choose a bundle file first.</source>
        <translation>Wählen Sie zuerst eine Paketdatei.</translation>
    </message>
    <message>
        <source>This bundle holds encrypted secrets: type the passphrase it was exported with.</source>
        <translation>Dieses Paket enthält verschlüsselte Geheimnisse: Geben Sie die Passphrase ein, mit der es exportiert wurde.</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 to remove, %4 skipped, %5 unchanged.</source>
        <translation>%1 anzulegen, %2 zu ändern, %3 zu entfernen, %4 übersprungen, %5 unverändert.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Would import: %1</source>
        <translation>Geplanter Import: %1</translation>
    </message>
    <message>
        <source>Preview the import first: nothing is written before you have seen what it does.</source>
        <translation>Erstellen Sie zuerst die Vorschau des Imports: Es wird nichts geschrieben, bevor Sie gesehen haben, was er bewirkt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Imported. The undo history was cleared.</source>
        <translation>Importiert. Der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) to fill in.</source>
        <translation>
            <numerusform>%n Geheimnis auszufüllen.</numerusform>
            <numerusform>%n Geheimnisse auszufüllen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::IntegrationPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Standard&amp;werte</translation>
    </message>
    <message>
        <source>Or&amp;ganizations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <source>Overrides &amp;matrix</source>
        <translation>Überschreibungs&amp;matrix</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Generate SDK…</source>
        <translation>SDK generieren…</translation>
    </message>
    <message>
        <source>Generate a typed Python SDK for this integration from an OpenAPI spec</source>
        <translation>Ein typisiertes Python-SDK für diese Integration aus einer OpenAPI-Spezifikation generieren</translation>
    </message>
</context>
<context>
    <name>bifrost::IntegrationStatusModel</name>
    <message>
        <source>Required keys without a default or an override: %1</source>
        <translation>Pflichtschlüssel ohne Standardwert oder Überschreibung: %1</translation>
    </message>
    <message>
        <source>Not mapped: this organization has no entity in %1</source>
        <translation>Nicht zugeordnet: Diese Organisation hat keine Entität in %1</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Entitätsname</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibungen</translation>
    </message>
    <message>
        <source>Missing required</source>
        <translation>Fehlende Pflichtwerte</translation>
    </message>
</context>
<context>
    <name>bifrost::IntegrationTab</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This page has changes that are not saved yet.</source>
        <translation>Diese Seite enthält Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>bifrost::MainWindow</name>
    <message>
        <source>Bifrost Admin</source>
        <translation>Bifrost Admin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bifrost Admin</source>
        <translation>Ü&amp;ber Bifrost Admin</translation>
    </message>
    <message>
        <source>About Bifrost Admin</source>
        <translation>Über Bifrost Admin</translation>
    </message>
    <message>
        <source>Bifrost Admin %1
Integration settings, per-organization overrides and OAuth for MSP automation.</source>
        <translation>Bifrost Admin %1
Integrationseinstellungen, Überschreibungen pro Organisation und OAuth für die MSP-Automatisierung.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Search integrations and organizations</source>
        <translation>Integrationen und Organisationen durchsuchen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Integrations and organizations</source>
        <translation>Integrationen und Organisationen</translation>
    </message>
    <message>
        <source>Welcome to Bifrost Admin</source>
        <translation>Willkommen bei Bifrost Admin</translation>
    </message>
    <message>
        <source>&amp;Load example data</source>
        <translation>Beispieldaten &amp;laden</translation>
    </message>
    <message>
        <source>A HaloPSA-like and a Microsoft Graph-like integration and a few organizations with mappings and overrides</source>
        <translation>Eine HaloPSA-ähnliche und eine Microsoft-Graph-ähnliche Integration sowie einige Organisationen mit Zuordnungen und Überschreibungen</translation>
    </message>
    <message>
        <source>&amp;Create integration…</source>
        <translation>Integration &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;New Integration…</source>
        <translation>&amp;Neue Integration…</translation>
    </message>
    <message>
        <source>New &amp;Organization…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <source>Load &amp;Example Data…</source>
        <translation>Beispiel&amp;daten laden…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>%1 – Bifrost Admin</source>
        <translation>%1 – Bifrost Admin</translation>
    </message>
    <message>
        <source>This database is empty. Load the example data to look around with a HaloPSA-like and a Microsoft Graph-like integration and a few organizations, or create your first integration.</source>
        <translation>Diese Datenbank ist leer. Laden Sie die Beispieldaten, um sich mit einer HaloPSA-ähnlichen und einer Microsoft-Graph-ähnlichen Integration und einigen Organisationen umzusehen, oder erstellen Sie Ihre erste Integration.</translation>
    </message>
    <message>
        <source>Choose an integration or an organization on the left. Ctrl+F searches them, Ctrl+N creates an integration.</source>
        <translation>Wählen Sie links eine Integration oder eine Organisation. Ctrl+F durchsucht sie, Ctrl+N erstellt eine Integration.</translation>
    </message>
    <message>
        <source>Load Example Data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Load the example integrations and organizations into %1?</source>
        <translation>Die Beispielintegrationen und -organisationen in %1 laden?</translation>
    </message>
    <message>
        <source>Example data can only be loaded into an empty database, and loading it cannot be undone.</source>
        <translation>Beispieldaten können nur in eine leere Datenbank geladen werden, und das Laden kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Example data loaded.</source>
        <translation>Beispieldaten geladen.</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation>Name der Organisation:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Preferences saved; they apply the next time Bifrost Admin starts.</source>
        <translation>Einstellungen gespeichert; sie gelten ab dem nächsten Start von Bifrost Admin.</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <source>default connection</source>
        <translation>Standardverbindung</translation>
    </message>
    <message>
        <source>failed, connect again</source>
        <translation>fehlgeschlagen, erneut verbinden</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>1 connection needs attention</source>
        <translation>1 Verbindung erfordert Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n connections need attention</source>
        <translation>
            <numerusform>%n Verbindung erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Verbindungen erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the first one&apos;s OAuth tab.</source>
        <translation>Klicken Sie, um die Registerkarte „OAuth“ der ersten Verbindung zu öffnen.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>Generate &amp;SDK…</source>
        <translation>&amp;SDK generieren…</translation>
    </message>
    <message>
        <source>Open an integration first: the SDK reads its settings.</source>
        <translation>Öffnen Sie zuerst eine Integration: Das SDK liest deren Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Members, roles and the team key of this shared database.</source>
        <translation>Mitglieder, Rollen und Team-Schlüssel dieser gemeinsamen Datenbank.</translation>
    </message>
    <message>
        <source>Team mode needs a shared PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME); choose one in Preferences.</source>
        <translation>Der Teammodus braucht eine gemeinsame PostgreSQL-Datenbank (postgresql://USER@HOST:PORT/DBNAME); wählen Sie eine in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>bifrost::MappingImportModel</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Unknown organization (skipped)</source>
        <translation>Unbekannte Organisation (übersprungen)</translation>
    </message>
    <message>
        <source>No organization is named &quot;%1&quot;. Add it on the Organizations page or correct the name; this line is skipped.</source>
        <translation>Keine Organisation heißt „%1“. Fügen Sie sie auf der Seite „Organisationen“ hinzu oder korrigieren Sie den Namen; diese Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Entitätsname</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Current mapping</source>
        <translation>Aktuelle Zuordnung</translation>
    </message>
</context>
<context>
    <name>bifrost::NavigationModel</name>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>bifrost::NewIntegrationDialog</name>
    <message>
        <source>New Integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. HaloPSA</source>
        <translation>z. B. HaloPSA</translation>
    </message>
    <message>
        <source>Workflows look the integration up by this name.</source>
        <translation>Workflows finden die Integration über diesen Namen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Entity ID label</source>
        <translation>Bezeichnung der Entitäts-ID</translation>
    </message>
    <message>
        <source>e.g. Client ID or Tenant ID</source>
        <translation>z. B. Client-ID oder Mandanten-ID</translation>
    </message>
    <message>
        <source>What the external system calls the id of a customer.</source>
        <translation>Wie das externe System die ID eines Kunden nennt.</translation>
    </message>
    <message>
        <source>Default entity ID</source>
        <translation>Standard-Entitäts-ID</translation>
    </message>
    <message>
        <source>The entity id used when an organization has no mapping.</source>
        <translation>Die Entitäts-ID, die verwendet wird, wenn eine Organisation keine Zuordnung hat.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Entity ID &amp;label:</source>
        <translation>Be&amp;zeichnung der Entitäts-ID:</translation>
    </message>
    <message>
        <source>Default &amp;entity ID:</source>
        <translation>Standard-Entitäts-&amp;ID:</translation>
    </message>
</context>
<context>
    <name>bifrost::OAuthConnectionModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Default connection</source>
        <translation>Standardverbindung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 has no connection of its own and uses the default connection (%2).</source>
        <translation>%1 hat keine eigene Verbindung und verwendet die Standardverbindung (%2).</translation>
    </message>
    <message>
        <source>The provider refused the refresh token: connect again.</source>
        <translation>Der Anbieter hat das Aktualisierungstoken abgelehnt: Verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>The access token has expired and could not be refreshed: refresh or connect again.</source>
        <translation>Das Zugriffstoken ist abgelaufen und konnte nicht erneuert werden: Erneuern Sie es oder verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Erneuerung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>bifrost::OAuthTab</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>OAuth connections</source>
        <translation>OAuth-Verbindungen</translation>
    </message>
    <message>
        <source>Co&amp;nnect default</source>
        <translation>Standard verbi&amp;nden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Get a new access token now (for client credentials: mint one)</source>
        <translation>Jetzt ein neues Zugriffstoken abrufen (bei Client-Anmeldeinformationen: neu ausstellen lassen)</translation>
    </message>
    <message>
        <source>D&amp;isconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Revoke the tokens at the provider and delete them here</source>
        <translation>Die Tokens beim Anbieter widerrufen und hier löschen</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Anbietervorlage</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>Anbieter auswählen…</translation>
    </message>
    <message>
        <source>Apply &amp;preset…</source>
        <translation>Vorlage &amp;anwenden…</translation>
    </message>
    <message>
        <source>Fill the settings from the provider&apos;s preset and add the fields it needs to the schema; nothing is removed</source>
        <translation>Die Einstellungen aus der Vorlage des Anbieters übernehmen und die benötigten Felder zum Schema hinzufügen; nichts wird entfernt</translation>
    </message>
    <message>
        <source>Prese&amp;t:</source>
        <translation>Vorla&amp;ge:</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Authorization code (sign in with a browser)</source>
        <translation>Autorisierungscode (Anmeldung im Browser)</translation>
    </message>
    <message>
        <source>Client credentials (app-only, no sign-in)</source>
        <translation>Client-Anmeldeinformationen (nur App, ohne Anmeldung)</translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation>Gerätecode (Anmeldung auf einem anderen Gerät)</translation>
    </message>
    <message>
        <source>Flo&amp;w:</source>
        <translation>&amp;Flow:</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Device authorization URL</source>
        <translation>Geräteautorisierungs-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <source>optional: tokens are revoked at the provider on disconnect</source>
        <translation>optional: Tokens werden beim Trennen beim Anbieter widerrufen</translation>
    </message>
    <message>
        <source>{entity_id} and {config.KEY} are filled per organization</source>
        <translation>{entity_id} und {config.KEY} werden pro Organisation eingesetzt</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Rep&amp;lace…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Replace client secret</source>
        <translation>Client-Geheimnis ersetzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove client secret</source>
        <translation>Client-Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Secret in the request body (client_secret_post)</source>
        <translation>Geheimnis im Anfragetext (client_secret_post)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation>Keine (öffentlicher Client)</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>separated by spaces, e.g. openid offline_access api:read</source>
        <translation>durch Leerzeichen getrennt, z. B. openid offline_access api:read</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Extra authorize parameters</source>
        <translation>Zusätzliche Autorisierungsparameter</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Extra authorize parameters:</source>
        <translation>Zusätzliche Autorisierungsparameter:</translation>
    </message>
    <message>
        <source>Use PKCE (S256)</source>
        <translation>PKCE verwenden (S256)</translation>
    </message>
    <message>
        <source>Switch off only for a provider that rejects PKCE</source>
        <translation>Nur für einen Anbieter ausschalten, der PKCE ablehnt</translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation>Weiterleitungs-Host</translation>
    </message>
    <message>
        <source>Redirect host:</source>
        <translation>Weiterleitungs-Host:</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungsport</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>0: a free port for every sign-in; register the redirect URI without a port with providers that follow RFC 8252</source>
        <translation>0: ein freier Port für jede Anmeldung; registrieren Sie die Weiterleitungs-URI bei Anbietern, die RFC 8252 folgen, ohne Port</translation>
    </message>
    <message>
        <source>Redirect port:</source>
        <translation>Weiterleitungsport:</translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation>Weiterleitungspfad</translation>
    </message>
    <message>
        <source>Redirect path:</source>
        <translation>Weiterleitungspfad:</translation>
    </message>
    <message>
        <source>Redirect URI to register with the provider</source>
        <translation>Beim Anbieter zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register it at the provider</source>
        <translation>Die Weiterleitungs-URI kopieren, um sie beim Anbieter zu registrieren</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Redirect URI copied: register exactly this at the provider.</source>
        <translation>Weiterleitungs-URI kopiert: Registrieren Sie genau diese beim Anbieter.</translation>
    </message>
    <message>
        <source>Refresh margin in seconds</source>
        <translation>Erneuerungsvorlauf in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tokens that expire within this many seconds are refreshed first</source>
        <translation>Tokens, die innerhalb dieser Anzahl von Sekunden ablaufen, werden vorher erneuert</translation>
    </message>
    <message>
        <source>Refresh margin:</source>
        <translation>Erneuerungsvorlauf:</translation>
    </message>
    <message>
        <source>An extra authorize parameter has a value but no name: enter its name or remove the row.</source>
        <translation>Ein zusätzlicher Autorisierungsparameter hat einen Wert, aber keinen Namen: Geben Sie seinen Namen ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Your edits are kept: Save again to replace the stored settings with them, or Revert to load them.</source>
        <translation>Ihre Änderungen bleiben erhalten: Klicken Sie erneut auf „Speichern“, um die gespeicherten Einstellungen damit zu ersetzen, oder auf „Verwerfen“, um sie zu laden.</translation>
    </message>
    <message>
        <source>OAuth settings saved.</source>
        <translation>OAuth-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>replaced when you save</source>
        <translation>wird beim Speichern ersetzt</translation>
    </message>
    <message>
        <source>set when you save</source>
        <translation>wird beim Speichern gesetzt</translation>
    </message>
    <message>
        <source>removed when you save</source>
        <translation>wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>The new secret is stored in the keychain when you save the settings. The current one is never shown.</source>
        <translation>Das neue Geheimnis wird beim Speichern der Einstellungen im Schlüsselbund abgelegt. Das aktuelle wird nie angezeigt.</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation>&amp;Neues Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Provider docs</source>
        <translation>Dokumentation des Anbieters</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Save the settings to connect.</source>
        <translation>Speichern Sie die Einstellungen, um zu verbinden.</translation>
    </message>
    <message>
        <source>Save or revert your edits to connect with them.</source>
        <translation>Speichern oder verwerfen Sie Ihre Änderungen, um damit zu verbinden.</translation>
    </message>
    <message>
        <source>Organizations without a connection of their own use the default connection.</source>
        <translation>Organisationen ohne eigene Verbindung verwenden die Standardverbindung.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 ist verbunden.</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 wird erneuert…</translation>
    </message>
    <message>
        <source>%1 refreshed.</source>
        <translation>%1 erneuert.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>The tokens are revoked at the provider when a revocation URL is set, then deleted here. Organizations without a connection of their own lose access until you connect again.</source>
        <translation>Die Tokens werden beim Anbieter widerrufen, wenn eine Widerrufs-URL gesetzt ist, und dann hier gelöscht. Organisationen ohne eigene Verbindung verlieren den Zugriff, bis Sie erneut verbinden.</translation>
    </message>
    <message>
        <source>The tokens are revoked at the provider when a revocation URL is set, then deleted here. %1 then uses the default connection.</source>
        <translation>Die Tokens werden beim Anbieter widerrufen, wenn eine Widerrufs-URL gesetzt ist, und dann hier gelöscht. %1 verwendet danach die Standardverbindung.</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>%1 wird getrennt…</translation>
    </message>
    <message>
        <source>%1 is disconnected here, but: %2</source>
        <translation>%1 ist hier getrennt, aber: %2</translation>
    </message>
    <message>
        <source>%1 is disconnected; the provider revoked the tokens.</source>
        <translation>%1 ist getrennt; der Anbieter hat die Tokens widerrufen.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 ist getrennt.</translation>
    </message>
    <message>
        <source>It sets the OAuth settings (flow, URLs, scopes, client authentication, redirect); the client ID and secret stay as they are.</source>
        <translation>Sie setzt die OAuth-Einstellungen (Flow, URLs, Bereiche, Client-Authentifizierung, Weiterleitung); Client-ID und Client-Geheimnis bleiben unverändert.</translation>
    </message>
    <message>
        <source>This provider does not use OAuth here: the preset only adds its fields.</source>
        <translation>Dieser Anbieter verwendet hier kein OAuth: Die Vorlage fügt nur ihre Felder hinzu.</translation>
    </message>
    <message>
        <source>The schema already has every field it needs.</source>
        <translation>Das Schema enthält bereits alle benötigten Felder.</translation>
    </message>
    <message>
        <source>It adds these fields to the schema: %1.</source>
        <translation>Sie fügt dem Schema diese Felder hinzu: %1.</translation>
    </message>
    <message>
        <source>No field is removed or changed.</source>
        <translation>Kein Feld wird entfernt oder geändert.</translation>
    </message>
    <message>
        <source>Your unsaved edits to the settings are discarded.</source>
        <translation>Ihre nicht gespeicherten Änderungen an den Einstellungen werden verworfen.</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Apply the preset &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ anwenden?</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Preset applied.</source>
        <translation>Vorlage angewendet.</translation>
    </message>
    <message>
        <source>Preset applied; fields added: %1.</source>
        <translation>Vorlage angewendet; hinzugefügte Felder: %1.</translation>
    </message>
</context>
<context>
    <name>bifrost::OrganizationPage</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Give this organization another name</source>
        <translation>Dieser Organisation einen anderen Namen geben</translation>
    </message>
    <message>
        <source>Delete this organization with its mappings and overrides</source>
        <translation>Diese Organisation mitsamt ihren Zuordnungen und Überschreibungen löschen</translation>
    </message>
    <message>
        <source>Integrations of this organization</source>
        <translation>Integrationen dieser Organisation</translation>
    </message>
    <message>
        <source>Every integration with this organization&apos;s mapping, overrides and missing required values. Press Enter or double-click a row to open the integration.</source>
        <translation>Jede Integration mit Zuordnung, Überschreibungen und fehlenden Pflichtwerten dieser Organisation. Drücken Sie die Eingabetaste oder doppelklicken Sie auf eine Zeile, um die Integration zu öffnen.</translation>
    </message>
    <message>
        <source>Rename Organization</source>
        <translation>Organisation umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>the mapping to entity %1</source>
        <translation>die Zuordnung zur Entität %1</translation>
    </message>
    <message>
        <source>the mapping to entity %1 (%2)</source>
        <translation>die Zuordnung zur Entität %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n Überschreibung</numerusform>
            <numerusform>%n Überschreibungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Its mappings and overrides in every integration go with it (they could not be listed: %1).</source>
        <translation>Ihre Zuordnungen und Überschreibungen in allen Integrationen werden mitgelöscht (sie konnten nicht aufgelistet werden: %1).</translation>
    </message>
    <message>
        <source>No integration has a mapping or an override for it.</source>
        <translation>Keine Integration hat eine Zuordnung oder Überschreibung für sie.</translation>
    </message>
    <message>
        <source>These go with it:</source>
        <translation>Folgendes wird mitgelöscht:</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Delete the organization &quot;%1&quot;?</source>
        <translation>Die Organisation „%1“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New organization name</source>
        <translation>Neuer Organisationsname</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>bifrost::OrganizationStatusModel</name>
    <message>
        <source>Entity ID</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <source>Required keys with neither a default nor an override for %1: %2. Set a default or an override for each.</source>
        <translation>Pflichtschlüssel ohne Standardwert und ohne Überschreibung für %1: %2. Legen Sie für jeden einen Standardwert oder eine Überschreibung fest.</translation>
    </message>
    <message>
        <source>%1 has no mapping for this integration yet; double-click to enter one.</source>
        <translation>%1 hat noch keine Zuordnung für diese Integration; doppelklicken Sie, um eine einzugeben.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Entitätsname</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibungen</translation>
    </message>
    <message>
        <source>Missing required</source>
        <translation>Fehlende Pflichtwerte</translation>
    </message>
    <message>
        <source>Number of keys this organization overrides</source>
        <translation>Anzahl der Schlüssel, die diese Organisation überschreibt</translation>
    </message>
    <message>
        <source>Required keys with neither a default nor an override</source>
        <translation>Pflichtschlüssel ohne Standardwert und ohne Überschreibung</translation>
    </message>
    <message>
        <source>entity name</source>
        <translation>Entitätsname</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <source>%1 has no connection of its own and uses the integration&apos;s default connection (%2).</source>
        <translation>%1 hat keine eigene Verbindung und verwendet die Standardverbindung der Integration (%2).</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The organization&apos;s OAuth connection, or &quot;default&quot; when it uses the integration&apos;s default connection</source>
        <translation>Die OAuth-Verbindung der Organisation oder „Standard“, wenn sie die Standardverbindung der Integration verwendet</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>bifrost::OrganizationsTab</name>
    <message>
        <source>Only missing re&amp;quired</source>
        <translation>Nur fehlende &amp;Pflichtwerte</translation>
    </message>
    <message>
        <source>Only u&amp;nmapped</source>
        <translation>Nur &amp;nicht zugeordnete</translation>
    </message>
    <message>
        <source>Set &amp;value…</source>
        <translation>Wert fest&amp;legen…</translation>
    </message>
    <message>
        <source>&amp;Reset to default…</source>
        <translation>Auf Standardwert &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Auto-match…</source>
        <translation>&amp;Automatisch zuordnen…</translation>
    </message>
    <message>
        <source>A&amp;pply mapping</source>
        <translation>Zuordnung üb&amp;ernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Verwer&amp;fen</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen durchsuchen</translation>
    </message>
    <message>
        <source>Organization, entity ID or entity name</source>
        <translation>Organisation, Entitäts-ID oder Entitätsname</translation>
    </message>
    <message>
        <source>Set one key to the same value for every selected organization</source>
        <translation>Einen Schlüssel für alle ausgewählten Organisationen auf denselben Wert setzen</translation>
    </message>
    <message>
        <source>Remove one key&apos;s override for every selected organization</source>
        <translation>Die Überschreibung eines Schlüssels für alle ausgewählten Organisationen entfernen</translation>
    </message>
    <message>
        <source>Create or update mappings from CSV: organization,entity_id,entity_name</source>
        <translation>Zuordnungen aus CSV anlegen oder aktualisieren: organization,entity_id,entity_name</translation>
    </message>
    <message>
        <source>Map organizations to a pasted list of external entities by name</source>
        <translation>Organisationen über den Namen einer eingefügten Liste externer Entitäten zuordnen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Entitätsname</translation>
    </message>
    <message>
        <source>Entity na&amp;me:</source>
        <translation>En&amp;titätsname:</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibungen</translation>
    </message>
    <message numerus="yes">
        <source>%n organizations selected. Use Set value… or Reset to default… to change one key for all of them.</source>
        <translation>
            <numerusform>%n Organisation ausgewählt. Verwenden Sie „Wert festlegen…“ oder „Auf Standardwert zurücksetzen…“, um einen Schlüssel für alle zu ändern.</numerusform>
            <numerusform>%n Organisationen ausgewählt. Verwenden Sie „Wert festlegen…“ oder „Auf Standardwert zurücksetzen…“, um einen Schlüssel für alle zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an organization to edit its mapping and overrides.</source>
        <translation>Wählen Sie eine Organisation aus, um ihre Zuordnung und Überschreibungen zu bearbeiten.</translation>
    </message>
    <message>
        <source>The organization no longer exists.</source>
        <translation>Die Organisation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Remove mapping of %1</source>
        <translation>Zuordnung von %1 entfernen</translation>
    </message>
    <message>
        <source>Map %1</source>
        <translation>%1 zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organization(s)</source>
        <translation>
            <numerusform>%1 von %n Organisation</numerusform>
            <numerusform>%1 von %n Organisationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::OverridesMatrixModel</name>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Override for %1</source>
        <translation>Überschreibung für %1</translation>
    </message>
    <message>
        <source>Inherited from the integration default</source>
        <translation>Vom Standardwert der Integration geerbt</translation>
    </message>
    <message>
        <source>Required, but neither a default nor an override for %1 is set. Set a default in the Defaults tab or an override in the Organizations tab.</source>
        <translation>Erforderlich, aber für %1 ist weder ein Standardwert noch eine Überschreibung gesetzt. Legen Sie auf der Registerkarte „Standardwerte“ einen Standardwert oder auf der Registerkarte „Organisationen“ eine Überschreibung fest.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Key %1, type %2</source>
        <translation>Schlüssel %1, Typ %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>bifrost::OverridesMatrixTab</name>
    <message>
        <source>Only o&amp;verridden</source>
        <translation>&amp;Nur mit Überschreibungen</translation>
    </message>
    <message>
        <source>Only missing re&amp;quired</source>
        <translation>Nur fehlende &amp;Pflichtwerte</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen durchsuchen</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <source>Show only organizations with at least one override</source>
        <translation>Nur Organisationen mit mindestens einer Überschreibung anzeigen</translation>
    </message>
    <message>
        <source>Show only organizations with a required key that has no value</source>
        <translation>Nur Organisationen mit einem Pflichtschlüssel ohne Wert anzeigen</translation>
    </message>
    <message>
        <source>Overrides matrix</source>
        <translation>Überschreibungsmatrix</translation>
    </message>
    <message>
        <source>Bold on a tinted background: an override. Grey: the integration default. Red: required and not set. Secrets are masked.</source>
        <translation>Fett auf getöntem Hintergrund: eine Überschreibung. Grau: der Standardwert der Integration. Rot: erforderlich und nicht gesetzt. Geheimnisse sind maskiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organization(s)</source>
        <translation>
            <numerusform>%1 von %n Organisation</numerusform>
            <numerusform>%1 von %n Organisationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::OverviewTab</name>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Rename the integration; workflows that use the old name must be updated</source>
        <translation>Die Integration umbenennen; Workflows, die den alten Namen verwenden, müssen angepasst werden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Default entity id</source>
        <translation>Standard-Entitäts-ID</translation>
    </message>
    <message>
        <source>The entity id workflows use for an organization that has no mapping of its own</source>
        <translation>Die Entitäts-ID, die Workflows für eine Organisation ohne eigene Zuordnung verwenden</translation>
    </message>
    <message>
        <source>Entity id label</source>
        <translation>Bezeichnung der Entitäts-ID</translation>
    </message>
    <message>
        <source>What the external system calls its entity ids, e.g. &quot;Client ID&quot;</source>
        <translation>Wie das externe System seine Entitäts-IDs nennt, z. B. „Client-ID“</translation>
    </message>
    <message>
        <source>Apply (%1)</source>
        <translation>Übernehmen (%1)</translation>
    </message>
    <message>
        <source>Organizations with missing required values</source>
        <translation>Organisationen mit fehlenden Pflichtwerten</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Missing required values</source>
        <translation>Fehlende Pflichtwerte</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <source>Click an organization (or press Enter) to open it</source>
        <translation>Klicken Sie auf eine Organisation (oder drücken Sie die Eingabetaste), um sie zu öffnen</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Beschre&amp;ibung:</translation>
    </message>
    <message>
        <source>Default &amp;entity id:</source>
        <translation>Standard-&amp;Entitäts-ID:</translation>
    </message>
    <message>
        <source>Entity id &amp;label:</source>
        <translation>Be&amp;zeichnung der Entitäts-ID:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zustand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Organi&amp;zations missing required values:</source>
        <translation>Organisationen mit &amp;fehlenden Pflichtwerten:</translation>
    </message>
    <message>
        <source>Your text is kept: Apply again to replace the stored settings with it, or Revert to load them.</source>
        <translation>Ihr Text bleibt erhalten: Klicken Sie erneut auf „Übernehmen“, um die gespeicherten Einstellungen damit zu ersetzen, oder auf „Verwerfen“, um sie zu laden.</translation>
    </message>
    <message>
        <source>Rename integration</source>
        <translation>Integration umbenennen</translation>
    </message>
    <message>
        <source>Workflows look integrations up by their exact name. After renaming, update every workflow that uses &quot;%1&quot;: until then they cannot find this integration.</source>
        <translation>Workflows finden Integrationen über ihren exakten Namen. Passen Sie nach dem Umbenennen jeden Workflow an, der „%1“ verwendet: Bis dahin finden sie diese Integration nicht.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Current name:</source>
        <translation>Aktueller Name:</translation>
    </message>
    <message>
        <source>The health summary could not be read: %1</source>
        <translation>Die Zustandsübersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organization(s) mapped</source>
        <translation>
            <numerusform>%1 von %n Organisation zugeordnet</numerusform>
            <numerusform>%1 von %n Organisationen zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>every organization has all required values</source>
        <translation>alle Organisationen haben alle Pflichtwerte</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) with missing required values</source>
        <translation>
            <numerusform>%n Organisation mit fehlenden Pflichtwerten</numerusform>
            <numerusform>%n Organisationen mit fehlenden Pflichtwerten</numerusform>
        </translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>OAuth: the connections could not be read: %1</source>
        <translation>OAuth: Die Verbindungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>OAuth: %n connection(s) need attention (failed or expired); see the OAuth tab</source>
        <translation>
            <numerusform>OAuth: %n Verbindung erfordert Aufmerksamkeit (fehlgeschlagen oder abgelaufen); siehe Registerkarte „OAuth“</numerusform>
            <numerusform>OAuth: %n Verbindungen erfordern Aufmerksamkeit (fehlgeschlagen oder abgelaufen); siehe Registerkarte „OAuth“</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth: not connected yet; connect on the OAuth tab</source>
        <translation>OAuth: noch nicht verbunden; verbinden Sie auf der Registerkarte „OAuth“</translation>
    </message>
    <message numerus="yes">
        <source>OAuth: %n connection(s), all working</source>
        <translation>
            <numerusform>OAuth: %n Verbindung, funktioniert</numerusform>
            <numerusform>OAuth: %n Verbindungen, alle funktionieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::PassphraseDialog</name>
    <message>
        <source>New Passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words are easy to type and hard to guess.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; ein paar zusammenhanglose Wörter sind leicht zu tippen und schwer zu erraten.</numerusform>
            <numerusform>Mindestens %n Zeichen; ein paar zusammenhanglose Wörter sind leicht zu tippen und schwer zu erraten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Long enough. Longer is stronger.</source>
        <translation>Lang genug. Länger ist sicherer.</translation>
    </message>
    <message>
        <source>Strong length.</source>
        <translation>Sichere Länge.</translation>
    </message>
    <message>
        <source>Type the passphrase, or cancel.</source>
        <translation>Geben Sie die Passphrase ein, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>This database keeps its secrets in an encrypted vault, %1, which does not exist yet. Choose its passphrase; without it the secrets cannot be read, and it cannot be recovered.</source>
        <translation>Diese Datenbank bewahrt ihre Geheimnisse in einem verschlüsselten Tresor auf, %1, der noch nicht existiert. Wählen Sie seine Passphrase; ohne sie können die Geheimnisse nicht gelesen werden, und sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This database keeps its secrets in the encrypted vault %1. Type its passphrase to unlock it.</source>
        <translation>Diese Datenbank bewahrt ihre Geheimnisse im verschlüsselten Tresor %1 auf. Geben Sie seine Passphrase ein, um ihn zu entsperren.</translation>
    </message>
    <message>
        <source>New Vault</source>
        <translation>Neuer Tresor</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>The vault %1 stays locked: no passphrase was given. Secrets cannot be read or changed until it is unlocked; the passphrase is asked for again the next time a secret is needed.</source>
        <translation>Der Tresor %1 bleibt gesperrt: Es wurde keine Passphrase angegeben. Geheimnisse können erst gelesen oder geändert werden, wenn er entsperrt ist; die Passphrase wird erneut abgefragt, sobald das nächste Mal ein Geheimnis gebraucht wird.</translation>
    </message>
    <message>
        <source>New Team Passphrase</source>
        <translation>Neue Team-Passphrase</translation>
    </message>
    <message>
        <source>Team Passphrase</source>
        <translation>Team-Passphrase</translation>
    </message>
    <message>
        <source>No team passphrase was given, so the team&apos;s secrets stay locked; they are asked for again the next time a secret is needed.</source>
        <translation>Es wurde keine Team-Passphrase angegeben, daher bleiben die Geheimnisse des Teams gesperrt; die Passphrase wird erneut abgefragt, sobald das nächste Mal ein Geheimnis gebraucht wird.</translation>
    </message>
</context>
<context>
    <name>bifrost::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Secret backend</source>
        <translation>Geheimnis-Backend</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <source>Changes apply the next time Bifrost Admin starts. Leave the location empty for the default. A --db option on the command line wins over this setting.</source>
        <translation>Änderungen gelten ab dem nächsten Start von Bifrost Admin. Lassen Sie den Speicherort leer, um den Standard zu verwenden. Eine Option --db auf der Befehlszeile hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>&amp;Database location:</source>
        <translation>&amp;Speicherort der Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Secrets stored in:</source>
        <translation>&amp;Geheimnisse gespeichert in:</translation>
    </message>
    <message>
        <source>Database Location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Encrypted vault file</source>
        <translation>Verschlüsselte Tresordatei</translation>
    </message>
    <message>
        <source>The vault is one file next to the database (NAME.vault), encrypted with a passphrase asked for when Bifrost Admin starts; for machines without a keychain. BIFROST_VAULT_PASSPHRASE gives it without asking.</source>
        <translation>Der Tresor ist eine Datei neben der Datenbank (NAME.vault), verschlüsselt mit einer Passphrase, die beim Start von Bifrost Admin abgefragt wird; für Rechner ohne Schlüsselbund. BIFROST_VAULT_PASSPHRASE übergibt sie ohne Abfrage.</translation>
    </message>
    <message>
        <source>The secret backend applies to new databases (and to one that holds no secrets yet): an existing database keeps the backend it records. To move its secrets, run `bifrostctl secrets migrate --to vault` (or `--to keychain`). The environment variable BIFROST_SECRETS and the --secrets option win over this setting.</source>
        <translation>Das Geheimnis-Backend gilt für neue Datenbanken (und für eine, die noch keine Geheimnisse enthält): Eine vorhandene Datenbank behält das Backend, das sie verzeichnet. Um ihre Geheimnisse zu verschieben, führen Sie `bifrostctl secrets migrate --to vault` (oder `--to keychain`) aus. Die Umgebungsvariable BIFROST_SECRETS und die Option --secrets haben Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>An SQLite file on this computer, or a shared PostgreSQL database for a team: postgresql://USER@HOST:PORT/DBNAME. Never put a password in the URL: it is asked for when needed and can be kept in the keychain, or it comes from PGPASSFILE (~/.pgpass).</source>
        <translation>Eine SQLite-Datei auf diesem Rechner oder eine gemeinsame PostgreSQL-Datenbank für ein Team: postgresql://USER@HOST:PORT/DBNAME. Schreiben Sie nie ein Passwort in die URL: Es wird bei Bedarf abgefragt und kann im Schlüsselbund aufbewahrt werden, oder es kommt aus PGPASSFILE (~/.pgpass).</translation>
    </message>
    <message>
        <source>A PostgreSQL database is a team database: its secrets are stored in it, encrypted with the team key, whatever is chosen below.</source>
        <translation>Eine PostgreSQL-Datenbank ist eine Team-Datenbank: Ihre Geheimnisse werden darin gespeichert, verschlüsselt mit dem Team-Schlüssel, unabhängig von der Auswahl unten.</translation>
    </message>
</context>
<context>
    <name>bifrost::SchemaChangeDialog</name>
    <message>
        <source>Remove stored values?</source>
        <translation>Gespeicherte Werte entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>This schema change to integration &quot;%1&quot; removes %n stored value(s). They are deleted from the database when you apply it; Undo (Ctrl+Z) brings them back until you quit the application.</source>
        <translation>
            <numerusform>Diese Schemaänderung an der Integration „%1“ entfernt %n gespeicherten Wert. Er wird beim Übernehmen aus der Datenbank gelöscht; „Rückgängig“ (Ctrl+Z) stellt ihn wieder her, bis Sie die Anwendung beenden.</numerusform>
            <numerusform>Diese Schemaänderung an der Integration „%1“ entfernt %n gespeicherte Werte. Sie werden beim Übernehmen aus der Datenbank gelöscht; „Rückgängig“ (Ctrl+Z) stellt sie wieder her, bis Sie die Anwendung beenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed fields: %1</source>
        <translation>Entfernte Felder: %1</translation>
    </message>
    <message>
        <source>Changed fields: %1</source>
        <translation>Geänderte Felder: %1</translation>
    </message>
    <message>
        <source>&amp;Values that will be removed:</source>
        <translation>&amp;Werte, die entfernt werden:</translation>
    </message>
    <message>
        <source>Values that will be removed</source>
        <translation>Werte, die entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n value(s) and apply</source>
        <translation>
            <numerusform>%n Wert &amp;entfernen und übernehmen</numerusform>
            <numerusform>%n Werte &amp;entfernen und übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bifrost::SchemaFieldDelegate</name>
    <message>
        <source>%1 of field %2</source>
        <translation>%1 von Feld %2</translation>
    </message>
</context>
<context>
    <name>bifrost::SchemaModel</name>
    <message>
        <source>schema field &quot;%1&quot;: the options are not a valid JSON list (%2); write them separated by commas, or as a JSON list such as [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>Schemafeld „%1“: die Optionen sind keine gültige JSON-Liste (%2); geben Sie sie durch Kommas getrennt oder als JSON-Liste wie [&quot;a&quot;, &quot;b&quot;] an</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>schema field &quot;%1&quot;: %2 must be a whole number such as 0 or 100, not &quot;%3&quot;; correct it or clear the cell</source>
        <translation>Schemafeld „%1“: %2 muss eine ganze Zahl wie 0 oder 100 sein, nicht „%3“; korrigieren Sie den Wert oder leeren Sie die Zelle</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>schema field &quot;%1&quot;: more than one field uses this key; keys must be unique, rename one of them</source>
        <translation>Schemafeld „%1“: mehrere Felder verwenden diesen Schlüssel; Schlüssel müssen eindeutig sein, benennen Sie eines der Felder um</translation>
    </message>
    <message>
        <source>Allowed values, separated by commas (or a JSON list); empty allows any value</source>
        <translation>Zulässige Werte, durch Kommas getrennt (oder als JSON-Liste); leer erlaubt jeden Wert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The name workflows use to read the value</source>
        <translation>Der Name, über den Workflows den Wert lesen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Every organization needs a value (a default or an override)</source>
        <translation>Jede Organisation braucht einen Wert (Standardwert oder Überschreibung)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Allowed values, separated by commas</source>
        <translation>Zulässige Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>A regular expression every string value must match</source>
        <translation>Ein regulärer Ausdruck, dem jeder Zeichenkettenwert entsprechen muss</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
</context>
<context>
    <name>bifrost::SchemaTab</name>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Feld &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach obe&amp;n</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>Schema fields</source>
        <translation>Schemafelder</translation>
    </message>
    <message>
        <source>The stored schema of this integration has changed (an undo, or another window). Your edits are kept; choose Revert to load the stored schema instead.</source>
        <translation>Das gespeicherte Schema dieser Integration hat sich geändert (durch Rückgängigmachen oder in einem anderen Fenster). Ihre Änderungen bleiben erhalten; wählen Sie „Verwerfen“, um stattdessen das gespeicherte Schema zu laden.</translation>
    </message>
    <message>
        <source>Your edits are kept: Apply again to replace the stored schema with them, or Revert to load it.</source>
        <translation>Ihre Änderungen bleiben erhalten: Klicken Sie erneut auf „Übernehmen“, um das gespeicherte Schema damit zu ersetzen, oder auf „Verwerfen“, um es zu laden.</translation>
    </message>
    <message>
        <source>The schema change was not applied; the stored values it would remove are kept. Change the schema so that it keeps them, or apply again and confirm their removal.</source>
        <translation>Die Schemaänderung wurde nicht übernommen; die gespeicherten Werte, die sie entfernen würde, bleiben erhalten. Ändern Sie das Schema so, dass es sie behält, oder übernehmen Sie erneut und bestätigen Sie das Entfernen.</translation>
    </message>
</context>
<context>
    <name>bifrost::SdkWizard</name>
    <message>
        <source>OAuth: the integration&apos;s OAuth connection</source>
        <translation>OAuth: die OAuth-Verbindung der Integration</translation>
    </message>
    <message>
        <source>Bearer token: the secret &quot;token&quot;</source>
        <translation>Bearer-Token: das Geheimnis „token“</translation>
    </message>
    <message>
        <source>API key: &quot;api_key&quot; sent in the header &quot;header_name&quot;</source>
        <translation>API-Schlüssel: „api_key“, gesendet im Header „header_name“</translation>
    </message>
    <message>
        <source>Basic: &quot;username&quot; and &quot;password&quot;</source>
        <translation>Basic: „username“ und „password“</translation>
    </message>
    <message>
        <source>None: no credentials</source>
        <translation>Keine: keine Anmeldedaten</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, erforderlich</translation>
    </message>
    <message>
        <source>Generate SDK for %1</source>
        <translation>SDK für %1 generieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Type a package name: workflows import the SDK by it.</source>
        <translation>Geben Sie einen Paketnamen ein: Workflows importieren das SDK unter diesem Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python package name: use ASCII letters, digits and _, not starting with a digit.</source>
        <translation>„%1“ ist kein Python-Paketname: Verwenden Sie ASCII-Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Python keyword or a module the SDK imports: choose another name, such as %1_api.</source>
        <translation>„%1“ ist ein Python-Schlüsselwort oder ein Modul, das das SDK importiert: Wählen Sie einen anderen Namen, etwa %1_api.</translation>
    </message>
    <message>
        <source>OpenAPI spec</source>
        <translation>OpenAPI-Spezifikation</translation>
    </message>
    <message>
        <source>The Swagger 2.0 or OpenAPI 3.x spec of the API %1 talks to: a JSON or YAML file, or its https URL.</source>
        <translation>Die Swagger-2.0- oder OpenAPI-3.x-Spezifikation der API, mit der %1 kommuniziert: eine JSON- oder YAML-Datei oder deren https-URL.</translation>
    </message>
    <message>
        <source>Spec file or URL</source>
        <translation>Spezifikationsdatei oder URL</translation>
    </message>
    <message>
        <source>/path/to/openapi.yaml or https://api.example.com/openapi.json</source>
        <translation>/pfad/zu/openapi.yaml oder https://api.example.com/openapi.json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Next reads the spec and generates the SDK in memory; nothing is written before the last page.</source>
        <translation>„Weiter“ liest die Spezifikation und generiert das SDK im Arbeitsspeicher; vor der letzten Seite wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Spec:</source>
        <translation>&amp;Spezifikation:</translation>
    </message>
    <message>
        <source>Authentication and output</source>
        <translation>Authentifizierung und Ausgabe</translation>
    </message>
    <message>
        <source>How the SDK authenticates (it reads the credentials from %1 on every call), and where it goes.</source>
        <translation>Wie sich das SDK authentifiziert (es liest die Anmeldedaten bei jedem Aufruf aus %1) und wohin es geschrieben wird.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Package name</source>
        <translation>Paketname</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Schema fields the SDK adds</source>
        <translation>Schemafelder, die das SDK hinzufügt</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>Fields the SDK adds to the schema of %1:</source>
        <translation>Felder, die das SDK zum Schema von %1 hinzufügt:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>One async function per operation. Generate writes the package and adds the fields to the schema.</source>
        <translation>Eine async-Funktion pro Operation. „Generieren“ schreibt das Paket und fügt die Felder zum Schema hinzu.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Skipped items</source>
        <translation>Übersprungene Einträge</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>The package, the runtime beside it and the schema fields.</source>
        <translation>Das Paket, die Laufzeit daneben und die Schemafelder.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>What changed in the integration</source>
        <translation>Was sich an der Integration geändert hat</translation>
    </message>
    <message>
        <source>Usage example</source>
        <translation>Anwendungsbeispiel</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message>
        <source>OpenAPI Spec</source>
        <translation>OpenAPI-Spezifikation</translation>
    </message>
    <message>
        <source>OpenAPI specs (*.json *.yaml *.yml);;All files (*)</source>
        <translation>OpenAPI-Spezifikationen (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 %2: %n operation(s).</source>
        <translation>
            <numerusform>Gelesen: %1 %2, %n Operation.</numerusform>
            <numerusform>Gelesen: %1 %2, %n Operationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the spec</source>
        <translation>die Spezifikation</translation>
    </message>
    <message>
        <source>Chosen from %1.</source>
        <translation>Grundlage der Auswahl: %1.</translation>
    </message>
    <message>
        <source>Chosen here; the spec suggests %1 (%2).</source>
        <translation>Hier gewählt; die Spezifikation schlägt %1 vor (%2).</translation>
    </message>
    <message>
        <source>Header: %1 (header_name&apos;s default).</source>
        <translation>Header: %1 (Standardwert von header_name).</translation>
    </message>
    <message>
        <source>%1: the schema has it as %2, the SDK reads it as %3; change its type on the Schema tab or choose another authentication</source>
        <translation>%1: im Schema vom Typ %2, das SDK liest es als %3; ändern Sie den Typ auf der Registerkarte „Schema“, oder wählen Sie eine andere Authentifizierung</translation>
    </message>
    <message>
        <source>%1: already in the schema</source>
        <translation>%1: bereits im Schema</translation>
    </message>
    <message>
        <source>None: this authentication needs no fields.</source>
        <translation>Keine: Diese Authentifizierung braucht keine Felder.</translation>
    </message>
    <message>
        <source>None: the schema has every field the SDK reads.</source>
        <translation>Keine: Das Schema hat bereits alle Felder, die das SDK liest.</translation>
    </message>
    <message>
        <source>Workflows use it as: from %1 import …</source>
        <translation>Workflows verwenden es so: from %1 import …</translation>
    </message>
    <message>
        <source>Workflows use it as: from %1 import … (or from %2 import %1)</source>
        <translation>Workflows verwenden es so: from %1 import … (oder from %2 import %1)</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Choose a spec file or type its URL.</source>
        <translation>Wählen Sie eine Spezifikationsdatei, oder geben Sie ihre URL ein.</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Wählen Sie den Ausgabeordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n Operation</numerusform>
            <numerusform>%n Operationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>authentication: %1</source>
        <translation>Authentifizierung: %1</translation>
    </message>
    <message>
        <source>The spec</source>
        <translation>Die Spezifikation</translation>
    </message>
    <message>
        <source> (Swagger %1)</source>
        <translation> (Swagger %1)</translation>
    </message>
    <message>
        <source> (OpenAPI %1)</source>
        <translation> (OpenAPI %1)</translation>
    </message>
    <message>
        <source>%1 gives the package %2: %3.</source>
        <translation>%1 ergibt das Paket %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped or changed: warnings</source>
        <translation>
            <numerusform>%n Eintrag übersprungen oder geändert: Warnungen</numerusform>
            <numerusform>%n Einträge übersprungen oder geändert: Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Folder?</source>
        <translation>Ordner ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists and was not generated by Bifrost.</source>
        <translation>%1 existiert und wurde nicht von Bifrost generiert.</translation>
    </message>
    <message>
        <source>Generating replaces it and everything in it. Replace it, or go back and choose another package name or folder?</source>
        <translation>Beim Generieren wird der Ordner mitsamt seinem gesamten Inhalt ersetzt. Ersetzen, oder zurückgehen und einen anderen Paketnamen oder Ordner wählen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Nothing was written: %1 stays as it is.</source>
        <translation>Es wurde nichts geschrieben: %1 bleibt unverändert.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Go Back to change the authentication, package or folder.</source>
        <translation>Klicken Sie auf „Zurück“, um Authentifizierung, Paket oder Ordner zu ändern.</translation>
    </message>
    <message>
        <source>Generated the SDK %1 in %2.</source>
        <translation>SDK %1 in %2 generiert.</translation>
    </message>
    <message>
        <source>Fields added to %1: %2.</source>
        <translation>Zu %1 hinzugefügte Felder: %2.</translation>
    </message>
    <message>
        <source>Generated &lt;b&gt;%1&lt;/b&gt; (%2, %3) in&lt;br&gt;&lt;code&gt;%4&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3) generiert in&lt;br&gt;&lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Field added: %1</source>
        <translation>Feld hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Default set: %1</source>
        <translation>Standardwert gesetzt: %1</translation>
    </message>
    <message>
        <source>The schema of %1 had every field the SDK reads: it is unchanged.</source>
        <translation>Das Schema von %1 hatte bereits alle Felder, die das SDK liest: Es ist unverändert.</translation>
    </message>
    <message>
        <source>These changes to %1 cannot be undone, and the undo history (Ctrl+Z) was cleared. Fill in the credentials on the Defaults or Organizations tab.</source>
        <translation>Diese Änderungen an %1 können nicht rückgängig gemacht werden, und der Rückgängig-Verlauf (Ctrl+Z) wurde geleert. Tragen Sie die Anmeldedaten auf der Registerkarte „Standardwerte“ oder „Organisationen“ ein.</translation>
    </message>
    <message>
        <source>The undo history is unchanged.</source>
        <translation>Der Rückgängig-Verlauf ist unverändert.</translation>
    </message>
    <message>
        <source>Usage in a workflow run from %1 (the bifrost runtime is beside the package; from its parent folder: &lt;code&gt;from %2 import %3&lt;/code&gt;):</source>
        <translation>Verwendung in einem Workflow, der aus %1 ausgeführt wird (die bifrost-Laufzeit liegt neben dem Paket; aus dem übergeordneten Ordner: &lt;code&gt;from %2 import %3&lt;/code&gt;):</translation>
    </message>
</context>
<context>
    <name>bifrost::TeamDialog</name>
    <message>
        <source>Editor: changes settings and reads secrets</source>
        <translation>Bearbeiter: ändert Einstellungen und liest Geheimnisse</translation>
    </message>
    <message>
        <source>Viewer: reads settings, never secret values</source>
        <translation>Betrachter: liest Einstellungen, nie geheime Werte</translation>
    </message>
    <message>
        <source>Owner: everything, including the team</source>
        <translation>Eigentümer: alles, einschließlich des Teams</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Initial &amp;passphrase:</source>
        <translation>&amp;Initial-Passphrase:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation>Initial-Passphrase</translation>
    </message>
    <message>
        <source>Give it to the new admin by a separate channel; they change it with Change My Passphrase (bifrostctl team passphrase).</source>
        <translation>Übergeben Sie sie dem neuen Admin über einen separaten Kanal; dieser ändert sie mit „Meine Passphrase ändern“ (bifrostctl team passphrase).</translation>
    </message>
    <message>
        <source>Initial passphrase again</source>
        <translation>Initial-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Set Up Team…</source>
        <translation>Team ein&amp;richten…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Change R&amp;ole…</source>
        <translation>R&amp;olle ändern…</translation>
    </message>
    <message>
        <source>Rotate &amp;Key…</source>
        <translation>&amp;Schlüssel rotieren…</translation>
    </message>
    <message>
        <source>Change My &amp;Passphrase…</source>
        <translation>Meine &amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Holds key</source>
        <translation>Hat Schlüssel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Makes you the owner of this team database and its first key holder (bifrostctl team init).</source>
        <translation>Macht Sie zum Eigentümer dieser Team-Datenbank und zu ihrem ersten Schlüsselinhaber (bifrostctl team init).</translation>
    </message>
    <message>
        <source>Adds an existing PostgreSQL login to the team (bifrostctl team add).</source>
        <translation>Fügt einen vorhandenen PostgreSQL-Login zum Team hinzu (bifrostctl team add).</translation>
    </message>
    <message>
        <source>Removes the selected admin from the team (bifrostctl team remove).</source>
        <translation>Entfernt den ausgewählten Admin aus dem Team (bifrostctl team remove).</translation>
    </message>
    <message>
        <source>Gives the selected admin another role (bifrostctl team role).</source>
        <translation>Gibt dem ausgewählten Admin eine andere Rolle (bifrostctl team role).</translation>
    </message>
    <message>
        <source>Makes a new team key and re-encrypts every secret with it, so that removed admins cannot read what is written next (bifrostctl team rotate).</source>
        <translation>Erzeugt einen neuen Team-Schlüssel und verschlüsselt jedes Geheimnis damit neu, sodass entfernte Admins nicht lesen können, was danach geschrieben wird (bifrostctl team rotate).</translation>
    </message>
    <message>
        <source>Protects your copy of the team key with a new personal passphrase (bifrostctl team passphrase).</source>
        <translation>Schützt Ihre Kopie des Team-Schlüssels mit einer neuen persönlichen Passphrase (bifrostctl team passphrase).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No copy of the current key: an owner gives one with Change Role.</source>
        <translation>Keine Kopie des aktuellen Schlüssels: Ein Eigentümer vergibt eine mit „Rolle ändern“.</translation>
    </message>
    <message>
        <source>%1 is a team database that nobody has set up yet.</source>
        <translation>%1 ist eine Team-Datenbank, die noch niemand eingerichtet hat.</translation>
    </message>
    <message numerus="yes">
        <source>Team of %1: %n member(s). You are %2, %3.</source>
        <translation>
            <numerusform>Team von %1: %n Mitglied. Sie sind %2, %3.</numerusform>
            <numerusform>Team von %1: %n Mitglieder. Sie sind %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team of %1: %n member(s).</source>
        <translation>
            <numerusform>Team von %1: %n Mitglied.</numerusform>
            <numerusform>Team von %1: %n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Up Team makes you (%1) its owner and asks for your new personal passphrase, which protects your copy of the team key.</source>
        <translation>„Team einrichten“ macht Sie (%1) zum Eigentümer und fragt nach Ihrer neuen persönlichen Passphrase, die Ihre Kopie des Team-Schlüssels schützt.</translation>
    </message>
    <message>
        <source>You (%1) are not a member of this team, so you can only look: ask an owner to add you.</source>
        <translation>Sie (%1) sind kein Mitglied dieses Teams und können sich daher nur umsehen: Bitten Sie einen Eigentümer, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>You are an editor, so the list is read-only: only an owner can add or remove members, change roles or rotate the key. You can change your own passphrase.</source>
        <translation>Sie sind Bearbeiter, daher ist die Liste schreibgeschützt: Nur ein Eigentümer kann Mitglieder hinzufügen oder entfernen, Rollen ändern oder den Schlüssel rotieren. Ihre eigene Passphrase können Sie ändern.</translation>
    </message>
    <message>
        <source>You are a viewer, so the list is read-only: only an owner can change the team. Viewers hold no team key and cannot read secret values; an owner can make you an editor.</source>
        <translation>Sie sind Betrachter, daher ist die Liste schreibgeschützt: Nur ein Eigentümer kann das Team ändern. Betrachter besitzen keinen Team-Schlüssel und können keine geheimen Werte lesen; ein Eigentümer kann Sie zum Bearbeiter machen.</translation>
    </message>
    <message>
        <source>The team is set up: you are its owner and hold its key.</source>
        <translation>Das Team ist eingerichtet: Sie sind sein Eigentümer und besitzen seinen Schlüssel.</translation>
    </message>
    <message>
        <source>Add Admin</source>
        <translation>Admin hinzufügen</translation>
    </message>
    <message>
        <source>The admin&apos;s PostgreSQL login must exist already (CREATE ROLE … LOGIN); adding grants it the role&apos;s rights in this database.</source>
        <translation>Der PostgreSQL-Login des Admins muss bereits existieren (CREATE ROLE … LOGIN); das Hinzufügen gewährt ihm die Rechte der Rolle in dieser Datenbank.</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>PostgreSQL-Login</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Type the admin&apos;s PostgreSQL login.</source>
        <translation>Geben Sie den PostgreSQL-Login des Admins ein.</translation>
    </message>
    <message>
        <source>%1 was added as %2. Give them the initial passphrase by a separate channel; they change it with Change My Passphrase.</source>
        <translation>%1 wurde als %2 hinzugefügt. Übergeben Sie die Initial-Passphrase über einen separaten Kanal; %1 ändert sie mit „Meine Passphrase ändern“.</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 wurde als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove Admin</source>
        <translation>Admin entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their access to this database is revoked and their copy of the team key is deleted.</source>
        <translation>%1 aus dem Team entfernen? Der Zugriff auf diese Datenbank wird entzogen und die Kopie des Team-Schlüssels gelöscht.</translation>
    </message>
    <message>
        <source>They may have kept the key itself. Rotating makes a new one and re-encrypts every secret, so that they cannot read what is written next.</source>
        <translation>Der Admin könnte den Schlüssel selbst behalten haben. Das Rotieren erzeugt einen neuen und verschlüsselt jedes Geheimnis neu, sodass er nicht lesen kann, was danach geschrieben wird.</translation>
    </message>
    <message>
        <source>Rotate the &amp;key now</source>
        <translation>&amp;Schlüssel jetzt rotieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was removed. Rotate the key so that they cannot read the secrets written from now on.</source>
        <translation>%1 wurde entfernt. Rotieren Sie den Schlüssel, damit %1 die ab jetzt geschriebenen Geheimnisse nicht lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was removed and the key rotated: %n secret(s) re-encrypted.</source>
        <translation>
            <numerusform>%1 wurde entfernt und der Schlüssel rotiert: %n Geheimnis neu verschlüsselt.</numerusform>
            <numerusform>%1 wurde entfernt und der Schlüssel rotiert: %n Geheimnisse neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>Neue &amp;Rolle:</translation>
    </message>
    <message>
        <source>A viewer keeps no copy of the key; rotating makes sure the copy they had cannot read what is written next.</source>
        <translation>Ein Betrachter behält keine Kopie des Schlüssels; das Rotieren stellt sicher, dass die Kopie, die er hatte, nicht lesen kann, was danach geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message numerus="yes">
        <source>Key rotated: %n secret(s) re-encrypted.</source>
        <translation>
            <numerusform>Schlüssel rotiert: %n Geheimnis neu verschlüsselt.</numerusform>
            <numerusform>Schlüssel rotiert: %n Geheimnisse neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate the key so that they cannot read the secrets written from now on.</source>
        <translation>Rotieren Sie den Schlüssel, damit die ab jetzt geschriebenen Geheimnisse für diesen Admin nicht lesbar sind.</translation>
    </message>
    <message>
        <source>Rotate Team Key</source>
        <translation>Team-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Make a new team key and re-encrypt every secret with it?</source>
        <translation>Einen neuen Team-Schlüssel erzeugen und jedes Geheimnis damit neu verschlüsseln?</translation>
    </message>
    <message>
        <source>Every admin who holds a key gets the new one under their own passphrase; an admin removed before cannot read what is written after. It is one transaction: it either happens completely or not at all.</source>
        <translation>Jeder Admin, der einen Schlüssel besitzt, erhält den neuen unter seiner eigenen Passphrase; ein zuvor entfernter Admin kann nicht lesen, was danach geschrieben wird. Es ist eine einzige Transaktion: Sie wird entweder vollständig oder gar nicht ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>Rotating the team key: re-encrypting every secret in one transaction…</source>
        <translation>Team-Schlüssel wird rotiert: Jedes Geheimnis wird in einer Transaktion neu verschlüsselt…</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Ihre Passphrase wurde geändert.</translation>
    </message>
</context>
<context>
    <name>bifrostctl</name>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>no command given; see `bifrostctl --help`</source>
        <translation>kein Befehl angegeben; siehe `bifrostctl --help`</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see `bifrostctl --help`</source>
        <translation>unbekannter Befehl „%1“; siehe `bifrostctl --help`</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean: %2</source>
        <translation>unbekannter Befehl „%1“; meinten Sie: %2</translation>
    </message>
    <message>
        <source>unknown option --%1 for `%2`; usage: %3</source>
        <translation>unbekannte Option --%1 für `%2`; Aufruf: %3</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 erwartet keinen Wert</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: %1</source>
        <translation>falsche Anzahl von Argumenten; Aufruf: %1</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--org needs an organization name or id; leave --org out for the integration default</source>
        <translation>--org braucht einen Organisationsnamen oder eine ID; lassen Sie --org für den Standardwert der Integration weg</translation>
    </message>
    <message>
        <source>Added organization &quot;%1&quot; (%2)</source>
        <translation>Organisation „%1“ hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Renamed organization to &quot;%1&quot;</source>
        <translation>Organisation in „%1“ umbenannt</translation>
    </message>
    <message>
        <source>Removed organization &quot;%1&quot;</source>
        <translation>Organisation „%1“ entfernt</translation>
    </message>
    <message>
        <source>Created integration &quot;%1&quot; (%2)</source>
        <translation>Integration „%1“ erstellt (%2)</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer von: %1</translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>min: %1</source>
        <translation>min: %1</translation>
    </message>
    <message>
        <source>max: %1</source>
        <translation>max: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name:              %1</source>
        <translation>Name:                        %1</translation>
    </message>
    <message>
        <source>ID:                %1</source>
        <translation>ID:                          %1</translation>
    </message>
    <message>
        <source>Description:       %1</source>
        <translation>Beschreibung:                %1</translation>
    </message>
    <message>
        <source>Default entity ID: %1</source>
        <translation>Standard-Entitäts-ID:        %1</translation>
    </message>
    <message>
        <source>Entity ID label:   %1</source>
        <translation>Bezeichnung der Entitäts-ID: %1</translation>
    </message>
    <message>
        <source>Mappings:          %1</source>
        <translation>Zuordnungen:                 %1</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>PFLICHT</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGELN</translation>
    </message>
    <message>
        <source>Renamed integration to &quot;%1&quot;. Workflows look integrations up by name: update those that use &quot;%2&quot;.</source>
        <translation>Integration in „%1“ umbenannt. Workflows finden Integrationen über ihren Namen: Passen Sie diejenigen an, die „%2“ verwenden.</translation>
    </message>
    <message>
        <source>Deleted integration &quot;%1&quot;</source>
        <translation>Integration „%1“ gelöscht</translation>
    </message>
    <message>
        <source>schema set needs --file SCHEMA.json (use - for standard input)</source>
        <translation>schema set braucht --file SCHEMA.json (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>cannot read the schema file %1: %2</source>
        <translation>die Schemadatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the schema file %1 is not valid JSON: %2</source>
        <translation>die Schemadatei %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>Schema of &quot;%1&quot;: %2</source>
        <translation>Schema von „%1“: %2</translation>
    </message>
    <message>
        <source>  deleted value %1</source>
        <translation>  gelöschter Wert %1</translation>
    </message>
    <message>
        <source>give the value either as an argument or with --stdin, not both or neither</source>
        <translation>geben Sie den Wert entweder als Argument oder mit --stdin an, nicht beides und nicht keines von beiden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a secret: secret values are never taken from the command line, where shell history and other users can see them; pipe it in with `bifrostctl config set %2 %1 --stdin`</source>
        <translation>„%1“ ist ein Geheimnis: Geheime Werte werden nie von der Befehlszeile übernommen, wo der Shell-Verlauf und andere Benutzer sie sehen können; übergeben Sie den Wert per Pipe mit `bifrostctl config set %2 %1 --stdin`</translation>
    </message>
    <message>
        <source>Set %1 (default)</source>
        <translation>%1 gesetzt (Standardwert)</translation>
    </message>
    <message>
        <source>Set %1 for organization &quot;%2&quot;</source>
        <translation>%1 für Organisation „%2“ gesetzt</translation>
    </message>
    <message>
        <source>Unset %1 (default)</source>
        <translation>%1 entfernt (Standardwert)</translation>
    </message>
    <message>
        <source>Unset %1 for organization &quot;%2&quot;</source>
        <translation>%1 für Organisation „%2“ entfernt</translation>
    </message>
    <message>
        <source>(missing, required)</source>
        <translation>(fehlt, erforderlich)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>mapping set needs --org ORG</source>
        <translation>mapping set braucht --org ORG</translation>
    </message>
    <message>
        <source>Mapped organization &quot;%1&quot; to entity &quot;%2&quot; (%3)</source>
        <translation>Organisation „%1“ der Entität „%2“ zugeordnet (%3)</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>ENTITY ID</source>
        <translation>ENTITÄTS-ID</translation>
    </message>
    <message>
        <source>ENTITY NAME</source>
        <translation>ENTITÄTSNAME</translation>
    </message>
    <message>
        <source>mapping remove needs --org ORG</source>
        <translation>mapping remove braucht --org ORG</translation>
    </message>
    <message>
        <source>Removed the mapping and overrides of organization &quot;%1&quot;</source>
        <translation>Zuordnung und Überschreibungen der Organisation „%1“ entfernt</translation>
    </message>
    <message>
        <source>Removed the mapping of organization &quot;%1&quot;; its overrides are kept</source>
        <translation>Zuordnung der Organisation „%1“ entfernt; ihre Überschreibungen bleiben erhalten</translation>
    </message>
    <message>
        <source>--org and --global exclude each other</source>
        <translation>--org und --global schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>organization &quot;%1&quot;</source>
        <translation>Organisation „%1“</translation>
    </message>
    <message>
        <source>the global scope</source>
        <translation>den globalen Geltungsbereich</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; is missing required values for %2: %3; set them with `bifrostctl config set`</source>
        <translation>der Integration „%1“ fehlen Pflichtwerte für %2: %3; setzen Sie sie mit `bifrostctl config set`</translation>
    </message>
    <message>
        <source>unknown secret backend &quot;%1&quot;; use --secrets keychain or --secrets vault</source>
        <translation>unbekanntes Geheimnis-Backend „%1“; verwenden Sie --secrets keychain oder --secrets vault</translation>
    </message>
    <message>
        <source>Add an organization.</source>
        <translation>Eine Organisation hinzufügen.</translation>
    </message>
    <message>
        <source>List organizations.</source>
        <translation>Organisationen auflisten.</translation>
    </message>
    <message>
        <source>Rename an organization.</source>
        <translation>Eine Organisation umbenennen.</translation>
    </message>
    <message>
        <source>Remove an organization; --force also removes its mappings and overrides.</source>
        <translation>Eine Organisation entfernen; --force entfernt auch ihre Zuordnungen und Überschreibungen.</translation>
    </message>
    <message>
        <source>Create an integration.</source>
        <translation>Eine Integration erstellen.</translation>
    </message>
    <message>
        <source>List integrations.</source>
        <translation>Integrationen auflisten.</translation>
    </message>
    <message>
        <source>Show an integration and its schema.</source>
        <translation>Eine Integration und ihr Schema anzeigen.</translation>
    </message>
    <message>
        <source>Delete an integration; --force also deletes its values and mappings.</source>
        <translation>Eine Integration löschen; --force löscht auch ihre Werte und Zuordnungen.</translation>
    </message>
    <message>
        <source>Replace an integration&apos;s schema; --force drops values the change makes invalid.</source>
        <translation>Das Schema einer Integration ersetzen; --force verwirft Werte, die durch die Änderung ungültig werden.</translation>
    </message>
    <message>
        <source>Show an integration&apos;s schema.</source>
        <translation>Das Schema einer Integration anzeigen.</translation>
    </message>
    <message>
        <source>List values with their source; secrets masked unless --reveal.</source>
        <translation>Werte mit ihrer Quelle auflisten; Geheimnisse maskiert, außer mit --reveal.</translation>
    </message>
    <message>
        <source>List an integration&apos;s mappings.</source>
        <translation>Die Zuordnungen einer Integration auflisten.</translation>
    </message>
    <message>
        <source>Print the resolved configuration as JSON, secrets revealed.</source>
        <translation>Die aufgelöste Konfiguration als JSON ausgeben, Geheimnisse im Klartext.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 invalid input, 3 not found, 4 conflict, 5 external failure.</source>
        <translation>Exit-Codes: 0 Erfolg, 2 ungültige Eingabe, 3 nicht gefunden, 4 Konflikt, 5 externer Fehler.</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>OVERRIDES</source>
        <translation>ÜBERSCHREIBUNGEN</translation>
    </message>
    <message>
        <source>MISSING REQUIRED</source>
        <translation>FEHLENDE PFLICHTWERTE</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>ID:   %1</source>
        <translation>ID:   %1</translation>
    </message>
    <message>
        <source>INTEGRATION</source>
        <translation>INTEGRATION</translation>
    </message>
    <message>
        <source>integration update needs at least one of --description, --default-entity-id and --entity-id-label</source>
        <translation>integration update braucht mindestens eine der Optionen --description, --default-entity-id und --entity-id-label</translation>
    </message>
    <message>
        <source>Updated integration &quot;%1&quot;</source>
        <translation>Integration „%1“ aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 organization(s) miss required values</source>
        <translation>
            <numerusform>Bei %n von %1 Organisationen fehlen Pflichtwerte</numerusform>
            <numerusform>Bei %n von %1 Organisationen fehlen Pflichtwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>create organization</source>
        <translation>Organisation anlegen</translation>
    </message>
    <message>
        <source>unknown organization</source>
        <translation>unbekannte Organisation</translation>
    </message>
    <message>
        <source>mapping import needs --file FILE.csv (use - for standard input)</source>
        <translation>mapping import braucht --file FILE.csv (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>Dry run, nothing written: would create %1, update %2 and leave %3 unchanged.</source>
        <translation>Probelauf, nichts geschrieben: würde %1 anlegen, %2 aktualisieren und %3 unverändert lassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) do not exist: the import would fail; add --create-organizations to create them.</source>
        <translation>
            <numerusform>%n Organisation existiert nicht: Der Import würde fehlschlagen; fügen Sie --create-organizations hinzu, um sie anzulegen.</numerusform>
            <numerusform>%n Organisationen existieren nicht: Der Import würde fehlschlagen; fügen Sie --create-organizations hinzu, um sie anzulegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) into &quot;%1&quot;: %2 created, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>%n Zuordnung in „%1“ importiert: %2 angelegt, %3 aktualisiert, %4 unverändert.</numerusform>
            <numerusform>%n Zuordnungen in „%1“ importiert: %2 angelegt, %3 aktualisiert, %4 unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n organization(s).</source>
        <translation>
            <numerusform>%n Organisation angelegt.</numerusform>
            <numerusform>%n Organisationen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>mapping match needs --entities FILE (CSV entity_id,entity_name, or tab-separated; - for standard input)</source>
        <translation>mapping match braucht --entities FILE (CSV entity_id,entity_name oder tabulatorgetrennt; - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--threshold must be a number from 0 to 1, such as 0.8; got &quot;%1&quot;</source>
        <translation>--threshold muss eine Zahl von 0 bis 1 sein, etwa 0.8; erhalten: „%1“</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>to write</source>
        <translation>zu schreiben</translation>
    </message>
    <message>
        <source>already mapped</source>
        <translation>bereits zugeordnet</translation>
    </message>
    <message>
        <source>kept (has an entity id)</source>
        <translation>beibehalten (hat eine Entitäts-ID)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>unscharf</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>ÄHNLICHKEIT</translation>
    </message>
    <message>
        <source>Matched %1 of %2 organizations (%3 exact, %4 fuzzy) with %5 entities.</source>
        <translation>Treffer für %1 von %2 Organisationen unter %5 Entitäten (%3 exakt, %4 unscharf).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n mapping(s).</source>
        <translation>
            <numerusform>%n Zuordnung geschrieben.</numerusform>
            <numerusform>%n Zuordnungen geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; add --apply to write %n mapping(s).</source>
        <translation>
            <numerusform>Nichts geschrieben; fügen Sie --apply hinzu, um %n Zuordnung zu schreiben.</numerusform>
            <numerusform>Nichts geschrieben; fügen Sie --apply hinzu, um %n Zuordnungen zu schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) already have an entity id and were left as they are; add --overwrite to replace them.</source>
        <translation>
            <numerusform>%n Organisation hat bereits eine Entitäts-ID und wurde nicht verändert; fügen Sie --overwrite hinzu, um sie zu ersetzen.</numerusform>
            <numerusform>%n Organisationen haben bereits eine Entitäts-ID und wurden nicht verändert; fügen Sie --overwrite hinzu, um sie zu ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded the example data: integrations HaloPSA and MicrosoftGraph with six organizations. Try `bifrostctl get HaloPSA --org Contoso`.</source>
        <translation>Beispieldaten geladen: Integrationen HaloPSA und MicrosoftGraph mit sechs Organisationen. Probieren Sie `bifrostctl get HaloPSA --org Contoso`.</translation>
    </message>
    <message>
        <source>Show an organization with every integration&apos;s mapping, override count and missing required keys.</source>
        <translation>Eine Organisation mit Zuordnung, Anzahl der Überschreibungen und fehlenden Pflichtschlüsseln in jeder Integration anzeigen.</translation>
    </message>
    <message>
        <source>Every organization&apos;s mapping, override count and missing required keys; --missing-only lists only organizations that miss some.</source>
        <translation>Zuordnung, Anzahl der Überschreibungen und fehlende Pflichtschlüssel jeder Organisation; --missing-only listet nur Organisationen auf, denen welche fehlen.</translation>
    </message>
    <message>
        <source>Import mappings from CSV (organization,entity_id,entity_name) in one transaction; --dry-run only shows what would change.</source>
        <translation>Zuordnungen aus CSV (organization,entity_id,entity_name) in einer Transaktion importieren; --dry-run zeigt nur, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Match organizations to external entities by exact and fuzzy name; --apply writes the matches of organizations without an entity id (all with --overwrite).</source>
        <translation>Organisationen per exaktem und unscharfem Namensabgleich externen Entitäten zuordnen; --apply schreibt die Treffer für Organisationen ohne Entitäts-ID (mit --overwrite für alle).</translation>
    </message>
    <message>
        <source>Load example integrations, organizations, mappings and values into an empty database.</source>
        <translation>Beispielintegrationen, -organisationen, -zuordnungen und -werte in eine leere Datenbank laden.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>unknown (the provider sent no expires_in)</source>
        <translation>unbekannt (der Anbieter hat kein expires_in gesendet)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (default connection)</source>
        <translation>„%1“ (Standardverbindung)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; for organization &quot;%2&quot;</source>
        <translation>„%1“ für Organisation „%2“</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>--org needs an organization name or id; leave --org out for the default connection</source>
        <translation>--org braucht einen Organisationsnamen oder eine ID; lassen Sie --org für die Standardverbindung weg</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ABLAUF</translation>
    </message>
    <message>
        <source>LAST REFRESH</source>
        <translation>LETZTE ERNEUERUNG</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>(API key)</source>
        <translation>(API-Schlüssel)</translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation>FLOW</translation>
    </message>
    <message>
        <source>unknown flow &quot;%1&quot; for --flow; use authorization_code, client_credentials or device_code</source>
        <translation>unbekannter Flow „%1“ für --flow; verwenden Sie authorization_code, client_credentials oder device_code</translation>
    </message>
    <message>
        <source>unknown client authentication &quot;%1&quot; for --auth-method; use post, basic or none</source>
        <translation>unbekannte Client-Authentifizierung „%1“ für --auth-method; verwenden Sie post, basic oder none</translation>
    </message>
    <message>
        <source>--param &quot;%1&quot; is not KEY=VALUE; give each extra authorization parameter as --param KEY=VALUE, e.g. --param prompt=consent</source>
        <translation>--param „%1“ hat nicht die Form KEY=VALUE; geben Sie jeden zusätzlichen Autorisierungsparameter als --param KEY=VALUE an, z. B. --param prompt=consent</translation>
    </message>
    <message>
        <source>--redirect-port &quot;%1&quot; is not a port number; give 1 to 65535, or 0 for a port chosen at each connect</source>
        <translation>--redirect-port „%1“ ist keine Portnummer; geben Sie 1 bis 65535 an oder 0 für einen bei jedem Verbinden gewählten Port</translation>
    </message>
    <message>
        <source>--pkce and --no-pkce exclude each other</source>
        <translation>--pkce und --no-pkce schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--refresh-margin &quot;%1&quot; is not a number of seconds, e.g. 300</source>
        <translation>--refresh-margin „%1“ ist keine Anzahl von Sekunden, z. B. 300</translation>
    </message>
    <message>
        <source>--client-secret-stdin and --clear-client-secret exclude each other</source>
        <translation>--client-secret-stdin und --clear-client-secret schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; `bifrostctl oauth presets` lists them</source>
        <translation>unbekannte Vorlage „%1“; `bifrostctl oauth presets` listet die Vorlagen auf</translation>
    </message>
    <message>
        <source>oauth set needs at least one setting; usage: bifrostctl oauth set NAME --flow FLOW --token-url URL --client-id ID ...</source>
        <translation>oauth set braucht mindestens eine Einstellung; Aufruf: bifrostctl oauth set NAME --flow FLOW --token-url URL --client-id ID ...</translation>
    </message>
    <message>
        <source>--client-secret-stdin read an empty client secret; pipe the secret in, e.g. `secret-tool lookup ... | bifrostctl oauth set %1 --client-secret-stdin`, or remove it with --clear-client-secret</source>
        <translation>--client-secret-stdin hat ein leeres Client-Geheimnis gelesen; übergeben Sie das Geheimnis per Pipe, z. B. `secret-tool lookup ... | bifrostctl oauth set %1 --client-secret-stdin`, oder entfernen Sie es mit --clear-client-secret</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; has no OAuth settings yet: give %2 (or start from a preset with --preset ID)</source>
        <translation>die Integration „%1“ hat noch keine OAuth-Einstellungen: geben Sie %2 an (oder beginnen Sie mit --preset ID mit einer Vorlage)</translation>
    </message>
    <message>
        <source>Applied preset &quot;%1&quot; to &quot;%2&quot;%3</source>
        <translation>Vorlage „%1“ auf „%2“ angewendet%3</translation>
    </message>
    <message>
        <source>; added schema fields: %1</source>
        <translation>; hinzugefügte Schemafelder: %1</translation>
    </message>
    <message>
        <source>Saved the OAuth settings of &quot;%1&quot; (%2 flow)</source>
        <translation>OAuth-Einstellungen von „%1“ gespeichert (Flow %2)</translation>
    </message>
    <message>
        <source>Register this redirect URI with the provider: %1</source>
        <translation>Registrieren Sie diese Weiterleitungs-URI beim Anbieter: %1</translation>
    </message>
    <message>
        <source>Next: give the client id (and secret) that the provider assigned: `bifrostctl oauth set %1 --client-id ID [--client-secret-stdin]`</source>
        <translation>Als Nächstes: Geben Sie die Client-ID (und das Geheimnis) an, die der Anbieter vergeben hat: `bifrostctl oauth set %1 --client-id ID [--client-secret-stdin]`</translation>
    </message>
    <message>
        <source>any port: the listener takes a free port at each connect, RFC 8252 §7.3</source>
        <translation>beliebiger Port: der Listener nimmt bei jedem Verbinden einen freien Port, RFC 8252 §7.3</translation>
    </message>
    <message>
        <source>fixed port %1</source>
        <translation>fester Port %1</translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; has no OAuth settings; set them with `bifrostctl oauth set %1 --flow ... --token-url ... --client-id ...` or a preset (`bifrostctl oauth presets`)</source>
        <translation>die Integration „%1“ hat keine OAuth-Einstellungen; legen Sie sie mit `bifrostctl oauth set %1 --flow ... --token-url ... --client-id ...` oder einer Vorlage (`bifrostctl oauth presets`) fest</translation>
    </message>
    <message>
        <source>Integration:</source>
        <translation>Integration:</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>Flow:</translation>
    </message>
    <message>
        <source>Authorize URL:</source>
        <translation>Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Revocation URL:</source>
        <translation>Widerrufs-URL:</translation>
    </message>
    <message>
        <source>Device authorization URL:</source>
        <translation>Geräteautorisierungs-URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Extra parameters:</source>
        <translation>Zusätzliche Parameter:</translation>
    </message>
    <message>
        <source>PKCE:</source>
        <translation>PKCE:</translation>
    </message>
    <message>
        <source>S256</source>
        <translation>S256</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Refresh margin:</source>
        <translation>Erneuerungsvorlauf:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>could not start xdg-open to open a browser; open the URL above yourself</source>
        <translation>xdg-open konnte nicht gestartet werden, um einen Browser zu öffnen; öffnen Sie die obige URL selbst</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds from 1 to 86400</source>
        <translation>--timeout „%1“ ist keine Anzahl von Sekunden von 1 bis 86400</translation>
    </message>
    <message>
        <source>Open this URL to authorize: %1</source>
        <translation>Öffnen Sie diese URL zur Autorisierung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the redirect to %1 (times out in %n s; Ctrl-C cancels)</source>
        <translation>
            <numerusform>Warten auf die Weiterleitung an %1 (Zeitlimit in %n s; Ctrl-C bricht ab)</numerusform>
            <numerusform>Warten auf die Weiterleitung an %1 (Zeitlimit in %n s; Ctrl-C bricht ab)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this URL on any device: %1</source>
        <translation>Öffnen Sie diese URL auf einem beliebigen Gerät: %1</translation>
    </message>
    <message>
        <source>Enter this code there: %1</source>
        <translation>Geben Sie dort diesen Code ein: %1</translation>
    </message>
    <message>
        <source>Or open this URL, which includes the code: %1</source>
        <translation>Oder öffnen Sie diese URL, die den Code bereits enthält: %1</translation>
    </message>
    <message>
        <source>Waiting for the authorization (Ctrl-C cancels)</source>
        <translation>Warten auf die Autorisierung (Ctrl-C bricht ab)</translation>
    </message>
    <message>
        <source>interrupted (%1): the connection of &quot;%2&quot; was cancelled and nothing was stored</source>
        <translation>unterbrochen (%1): das Verbinden von „%2“ wurde abgebrochen, und es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Connected %1: scopes %2; expires %3</source>
        <translation>%1 verbunden: Bereiche %2; Ablauf %3</translation>
    </message>
    <message>
        <source>Refreshed %1: expires %2</source>
        <translation>%1 erneuert: Ablauf %2</translation>
    </message>
    <message>
        <source>--all and --org exclude each other</source>
        <translation>--all und --org schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>name the integration to refresh, or give --all; usage: bifrostctl oauth refresh NAME [--org ORG] | --all</source>
        <translation>nennen Sie die zu erneuernde Integration oder geben Sie --all an; Aufruf: bifrostctl oauth refresh NAME [--org ORG] | --all</translation>
    </message>
    <message>
        <source>could not refresh %1: %2</source>
        <translation>%1 konnte nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>No OAuth connections to refresh.</source>
        <translation>Keine OAuth-Verbindungen zu erneuern.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) could not be refreshed; `bifrostctl oauth status` shows why</source>
        <translation>
            <numerusform>%1 von %n Verbindung konnte nicht erneuert werden; `bifrostctl oauth status` zeigt den Grund</numerusform>
            <numerusform>%1 von %n Verbindungen konnten nicht erneuert werden; `bifrostctl oauth status` zeigt den Grund</numerusform>
        </translation>
    </message>
    <message>
        <source>No integration has OAuth settings.</source>
        <translation>Keine Integration hat OAuth-Einstellungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no OAuth settings.</source>
        <translation>„%1“ hat keine OAuth-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 is not connected; nothing to disconnect</source>
        <translation>%1 ist nicht verbunden; nichts zu trennen</translation>
    </message>
    <message>
        <source>Disconnected %1: the provider revoked the tokens and they were deleted here</source>
        <translation>%1 getrennt: Der Anbieter hat die Tokens widerrufen, und sie wurden hier gelöscht</translation>
    </message>
    <message>
        <source>Disconnected %1: the tokens were deleted here</source>
        <translation>%1 getrennt: Die Tokens wurden hier gelöscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has OAuth settings but neither organization &quot;%2&quot; nor the default connection is connected, so &quot;oauth&quot; is null; connect with `bifrostctl oauth connect %1 [--org &quot;%2&quot;]`</source>
        <translation>„%1“ hat OAuth-Einstellungen, aber weder die Organisation „%2“ noch die Standardverbindung ist verbunden, daher ist &quot;oauth&quot; null; verbinden Sie mit `bifrostctl oauth connect %1 [--org &quot;%2&quot;]`</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has OAuth settings but its default connection is not connected, so &quot;oauth&quot; is null; connect with `bifrostctl oauth connect %1`</source>
        <translation>„%1“ hat OAuth-Einstellungen, aber ihre Standardverbindung ist nicht verbunden, daher ist &quot;oauth&quot; null; verbinden Sie mit `bifrostctl oauth connect %1`</translation>
    </message>
    <message>
        <source>List the provider presets that `oauth set --preset ID` applies.</source>
        <translation>Die Anbietervorlagen auflisten, die `oauth set --preset ID` anwendet.</translation>
    </message>
    <message>
        <source>Create or change an integration&apos;s OAuth settings; options left out keep their value; --preset applies a provider preset first; the client secret only with --client-secret-stdin.</source>
        <translation>Die OAuth-Einstellungen einer Integration anlegen oder ändern; weggelassene Optionen behalten ihren Wert; --preset wendet zuerst eine Anbietervorlage an; das Client-Geheimnis nur mit --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Show the OAuth settings (the client secret only as configured or not), the redirect URI to register and the connections.</source>
        <translation>Die OAuth-Einstellungen (das Client-Geheimnis nur als konfiguriert oder nicht), die zu registrierende Weiterleitungs-URI und die Verbindungen anzeigen.</translation>
    </message>
    <message>
        <source>Connect the default connection, or an organization&apos;s with --org: prints the URL to open (and opens the browser), or the device code; exits 5 on denial, error, timeout or Ctrl-C.</source>
        <translation>Die Standardverbindung herstellen oder mit --org die einer Organisation: gibt die zu öffnende URL aus (und öffnet den Browser) oder den Gerätecode; endet mit 5 bei Ablehnung, Fehler, Zeitüberschreitung oder Ctrl-C.</translation>
    </message>
    <message>
        <source>Refresh a connection&apos;s token now (client credentials: mint a new one); --all refreshes every connection.</source>
        <translation>Das Token einer Verbindung jetzt erneuern (Client-Anmeldeinformationen: ein neues ausstellen lassen); --all erneuert alle Verbindungen.</translation>
    </message>
    <message>
        <source>Every OAuth connection: connected, expiring, expired, failed or not connected, with expiry, last refresh and last error.</source>
        <translation>Alle OAuth-Verbindungen: verbunden, läuft ab, abgelaufen, fehlgeschlagen oder nicht verbunden, mit Ablauf, letzter Erneuerung und letztem Fehler.</translation>
    </message>
    <message>
        <source>Revoke a connection&apos;s tokens at the provider (when a revocation URL is set) and delete them here, even when revocation fails.</source>
        <translation>Die Tokens einer Verbindung beim Anbieter widerrufen (wenn eine Widerrufs-URL gesetzt ist) und hier löschen, auch wenn der Widerruf fehlschlägt.</translation>
    </message>
    <message>
        <source>--passphrase-stdin takes no value; the passphrase is the first line of standard input</source>
        <translation>--passphrase-stdin erwartet keinen Wert; die Passphrase ist die erste Zeile der Standardeingabe</translation>
    </message>
    <message>
        <source>unknown global option --%1; global options are --db PATH, --secrets keychain|vault and --passphrase-stdin, given before the command</source>
        <translation>unbekannte globale Option --%1; globale Optionen sind --db PATH, --secrets keychain|vault und --passphrase-stdin, angegeben vor dem Befehl</translation>
    </message>
    <message>
        <source>the bundle passphrase</source>
        <translation>der Passphrase des Pakets</translation>
    </message>
    <message>
        <source>Bundle passphrase: </source>
        <translation>Passphrase des Pakets: </translation>
    </message>
    <message>
        <source>cannot write the bundle %1: %2; check the folder and its free space</source>
        <translation>das Paket %1 kann nicht geschrieben werden: %2; prüfen Sie den Ordner und den freien Speicherplatz</translation>
    </message>
    <message>
        <source>the file %1 exists already; remove it, choose another --out, or pass --force to overwrite it</source>
        <translation>die Datei %1 existiert bereits; entfernen Sie sie, wählen Sie ein anderes --out, oder übergeben Sie --force, um sie zu überschreiben</translation>
    </message>
    <message>
        <source>export needs --out FILE, the bundle to write</source>
        <translation>export braucht --out FILE, das zu schreibende Paket</translation>
    </message>
    <message>
        <source>--include-tokens and --no-secrets exclude each other: tokens are secrets</source>
        <translation>--include-tokens und --no-secrets schließen sich gegenseitig aus: Tokens sind Geheimnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3 without secret values; import lists the secrets to fill in.</source>
        <translation>%1 und %2 ohne geheime Werte in %3 exportiert; der Import listet die auszufüllenden Geheimnisse auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s)</source>
        <translation>
            <numerusform>%n geheimen Wert</numerusform>
            <numerusform>%n geheime Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (OAuth tokens of %n connection(s) included)</source>
        <translation>
            <numerusform> (OAuth-Tokens von %n Verbindung eingeschlossen)</numerusform>
            <numerusform> (OAuth-Tokens von %n Verbindungen eingeschlossen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1, %2 and %3, encrypted with the passphrase, to %4.</source>
        <translation>%1, %2 und %3 (mit der Passphrase verschlüsselt) in %4 exportiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Secrets to fill in (the bundle leaves them out):</source>
        <translation>Auszufüllende Geheimnisse (das Paket enthält sie nicht):</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 to remove, %4 skipped, %5 unchanged</source>
        <translation>%1 anzulegen, %2 zu ändern, %3 zu entfernen, %4 übersprungen, %5 unverändert</translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation>Plan: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed (dry run).</source>
        <translation>Es wurde nichts geändert (Probelauf).</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 changed, %4 removed, %5 skipped, %6 unchanged.</source>
        <translation>%1 importiert: %2 angelegt, %3 geändert, %4 entfernt, %5 übersprungen, %6 unverändert.</translation>
    </message>
    <message>
        <source>Write integrations (all, or each --integration) with their organizations to a bundle file (mode 0600); secret values are encrypted with a passphrase (prompted, or the next stdin line with --passphrase-stdin) unless --no-secrets; OAuth tokens only with --include-tokens; --force overwrites FILE.</source>
        <translation>Integrationen (alle oder jede mit --integration angegebene) mit ihren Organisationen in eine Paketdatei schreiben (Modus 0600); geheime Werte werden mit einer Passphrase verschlüsselt (abgefragt oder mit --passphrase-stdin die nächste Zeile der Standardeingabe), außer mit --no-secrets; OAuth-Tokens nur mit --include-tokens; --force überschreibt FILE.</translation>
    </message>
    <message>
        <source>Import a bundle all or nothing: prints what is created, changed, removed or skipped and the secrets to fill in; --dry-run changes nothing; an integration that exists is a conflict unless --on-conflict says what to do.</source>
        <translation>Ein Paket nach dem Prinzip alles oder nichts importieren: gibt aus, was angelegt, geändert, entfernt oder übersprungen wird, und welche Geheimnisse auszufüllen sind; --dry-run ändert nichts; eine vorhandene Integration ist ein Konflikt, sofern --on-conflict nicht festlegt, was geschehen soll.</translation>
    </message>
    <message>
        <source>this database keeps its secrets in the vault; use --secrets vault, or move them with `bifrostctl secrets migrate --to keychain`</source>
        <translation>diese Datenbank bewahrt ihre Geheimnisse im Tresor auf; verwenden Sie --secrets vault, oder verschieben Sie sie mit `bifrostctl secrets migrate --to keychain`</translation>
    </message>
    <message>
        <source>this database keeps its secrets in the keychain; use --secrets keychain, or move them with `bifrostctl secrets migrate --to vault`</source>
        <translation>diese Datenbank bewahrt ihre Geheimnisse im Schlüsselbund auf; verwenden Sie --secrets keychain, oder verschieben Sie sie mit `bifrostctl secrets migrate --to vault`</translation>
    </message>
    <message>
        <source>unknown secret backend &quot;%1&quot;; use keychain or vault</source>
        <translation>unbekanntes Geheimnis-Backend „%1“; verwenden Sie keychain oder vault</translation>
    </message>
    <message>
        <source>the vault %1 needs its passphrase and there is no terminal to ask for it; pipe it as the first line of standard input with the global --passphrase-stdin, or set BIFROST_VAULT_PASSPHRASE</source>
        <translation>der Tresor %1 braucht seine Passphrase, und es gibt kein Terminal, um sie abzufragen; übergeben Sie sie per Pipe als erste Zeile der Standardeingabe mit der globalen Option --passphrase-stdin, oder setzen Sie BIFROST_VAULT_PASSPHRASE</translation>
    </message>
    <message>
        <source>New passphrase for the vault %1: </source>
        <translation>Neue Passphrase für den Tresor %1: </translation>
    </message>
    <message>
        <source>Passphrase for the vault %1: </source>
        <translation>Passphrase für den Tresor %1: </translation>
    </message>
    <message>
        <source>Usage: bifrostctl [--db PATH] [--secrets keychain|vault] [--passphrase-stdin] COMMAND ...</source>
        <translation>Aufruf: bifrostctl [--db PATH] [--secrets keychain|vault] [--passphrase-stdin] COMMAND ...</translation>
    </message>
    <message>
        <source>--passphrase-stdin: the vault passphrase is the first line of standard input; a bundle passphrase comes next, then any --stdin value.</source>
        <translation>--passphrase-stdin: die Passphrase des Tresors ist die erste Zeile der Standardeingabe; eine Passphrase für ein Paket folgt als Nächstes, dann ein etwaiger --stdin-Wert.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>--org needs an organization name or id; leave --org out for every organization</source>
        <translation>--org braucht einen Organisationsnamen oder eine ID; lassen Sie --org für alle Organisationen weg</translation>
    </message>
    <message>
        <source>--limit needs a whole number between 1 and 10000, such as --limit 100</source>
        <translation>--limit braucht eine ganze Zahl zwischen 1 und 10000, etwa --limit 100</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ORGANIZATION/LEVEL</source>
        <translation>ORGANISATION/EBENE</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>List recorded changes, newest first: of one integration (NAME), one organization (--org), or all; --limit N entries (default 50, at most 10000).</source>
        <translation>Aufgezeichnete Änderungen auflisten, neueste zuerst: einer Integration (NAME), einer Organisation (--org) oder alle; --limit N Einträge (Standard 50, höchstens 10000).</translation>
    </message>
    <message>
        <source>the encrypted vault %1</source>
        <translation>verschlüsselter Tresor %1</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>secrets migrate needs --to vault or --to keychain</source>
        <translation>secrets migrate braucht --to vault oder --to keychain</translation>
    </message>
    <message>
        <source>the secrets of this database are already in %1; nothing to move</source>
        <translation>die Geheimnisse dieser Datenbank liegen bereits hier: %1; es gibt nichts zu verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n secret(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Geheimnis verschoben: %1 → %2.</numerusform>
            <numerusform>%n Geheimnisse verschoben: %1 → %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>FIXED</source>
        <translation>BEHOBEN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n finding(s); no problems remain.</source>
        <translation>
            <numerusform>%n Befund behoben; es bleiben keine Probleme.</numerusform>
            <numerusform>%n Befunde behoben; es bleiben keine Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; `bifrostctl doctor --fix` repairs %1 of them.</source>
        <translation>
            <numerusform>%n Problem gefunden; `bifrostctl doctor --fix` behebt %1 davon.</numerusform>
            <numerusform>%n Probleme gefunden; `bifrostctl doctor --fix` behebt %1 davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>doctor found %n problem(s) it did not fix; see the report above</source>
        <translation>
            <numerusform>doctor hat %n Problem gefunden, das es nicht behoben hat; siehe den Bericht oben</numerusform>
            <numerusform>doctor hat %n Probleme gefunden, die es nicht behoben hat; siehe den Bericht oben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move every secret of this database to the other backend (the vault file sits next to the database); the source keeps them until the move is complete.</source>
        <translation>Alle Geheimnisse dieser Datenbank in das andere Backend verschieben (die Tresordatei liegt neben der Datenbank); die Quelle behält sie, bis das Verschieben abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Check the database and its secrets (integrity, missing and orphaned secrets); --fix removes orphaned secrets and stale OAuth leases. Exit 5 while problems remain.</source>
        <translation>Die Datenbank und ihre Geheimnisse prüfen (Integrität, fehlende und verwaiste Geheimnisse); --fix entfernt verwaiste Geheimnisse und veraltete OAuth-Erneuerungssperren. Exit-Code 5, solange Probleme bestehen.</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input ended before the vault passphrase line; pipe the passphrase as the first line</source>
        <translation>--passphrase-stdin: die Standardeingabe endete vor der Zeile mit der Passphrase des Tresors; übergeben Sie die Passphrase per Pipe als erste Zeile</translation>
    </message>
    <message>
        <source>standard input ended before %1; pipe it as a line</source>
        <translation>die Standardeingabe endete vor %1; übergeben Sie sie per Pipe als Zeile</translation>
    </message>
    <message>
        <source>a passphrase is needed and there is no terminal to ask for it; pipe it with --passphrase-stdin</source>
        <translation>eine Passphrase wird gebraucht, und es gibt kein Terminal, um sie abzufragen; übergeben Sie sie per Pipe mit --passphrase-stdin</translation>
    </message>
    <message>
        <source>no passphrase was entered</source>
        <translation>es wurde keine Passphrase eingegeben</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed, try again</source>
        <translation>die beiden Passphrasen unterscheiden sich; es wurde nichts geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the new passphrase is too short: use at least %1 characters</source>
        <translation>die neue Passphrase ist zu kurz: verwenden Sie mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (Geheimnis)</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, erforderlich)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sdk generate needs --integration NAME (the integration the SDK reads its settings from)</source>
        <translation>sdk generate braucht --integration NAME (die Integration, aus der das SDK seine Einstellungen liest)</translation>
    </message>
    <message>
        <source>sdk generate needs --spec FILE or --spec URL (an OpenAPI or Swagger document, JSON or YAML)</source>
        <translation>sdk generate braucht --spec FILE oder --spec URL (ein OpenAPI- oder Swagger-Dokument, JSON oder YAML)</translation>
    </message>
    <message>
        <source>--package needs a Python package name; leave it out to derive one from the integration name</source>
        <translation>--package braucht einen Python-Paketnamen; lassen Sie die Option weg, um ihn aus dem Integrationsnamen abzuleiten</translation>
    </message>
    <message>
        <source>--auth &quot;%1&quot; is not one of oauth, bearer, api_key, basic, none</source>
        <translation>--auth „%1“ ist keiner der Werte oauth, bearer, api_key, basic, none</translation>
    </message>
    <message>
        <source>--out needs a folder; leave it out for ./modules</source>
        <translation>--out braucht einen Ordner; lassen Sie die Option weg, um ./modules zu verwenden</translation>
    </message>
    <message>
        <source>Would generate %1 (%2, %3 %4) into %5</source>
        <translation>Würde %1 (%2, %3 %4) nach %5 generieren</translation>
    </message>
    <message>
        <source>Generated %1 (%2, %3 %4) into %5</source>
        <translation>%1 (%2, %3 %4) nach %5 generiert</translation>
    </message>
    <message>
        <source>Operations: %1; models: %2</source>
        <translation>Operationen: %1; Modelle: %2</translation>
    </message>
    <message>
        <source>Auth: %1 (from %2)</source>
        <translation>Auth: %1 (Grundlage: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n item(s), listed as warnings on stderr</source>
        <translation>
            <numerusform>Übersprungen: %n Eintrag, als Warnung auf stderr aufgeführt</numerusform>
            <numerusform>Übersprungen: %n Einträge, als Warnungen auf stderr aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema fields: the integration has every field the SDK reads.</source>
        <translation>Schemafelder: Die Integration hat bereits alle Felder, die das SDK liest.</translation>
    </message>
    <message>
        <source>Would add schema fields: %1</source>
        <translation>Würde Schemafelder hinzufügen: %1</translation>
    </message>
    <message>
        <source>Added schema fields: %1</source>
        <translation>Hinzugefügte Schemafelder: %1</translation>
    </message>
    <message>
        <source>Set them with: %1</source>
        <translation>Setzen Sie sie mit: %1</translation>
    </message>
    <message>
        <source>Would set default: %1</source>
        <translation>Würde Standardwert setzen: %1</translation>
    </message>
    <message>
        <source>Set default: %1</source>
        <translation>Standardwert gesetzt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>OAuth: the SDK sends the integration&apos;s OAuth token; configure it with `bifrostctl oauth set %1 ...` and `bifrostctl oauth connect %1`.</source>
        <translation>OAuth: Das SDK sendet das OAuth-Token der Integration; richten Sie es mit `bifrostctl oauth set %1 ...` und `bifrostctl oauth connect %1` ein.</translation>
    </message>
    <message>
        <source>Usage (with %1 on sys.path, or from its parent folder `from %2 import %3`):</source>
        <translation>Verwendung (mit %1 in sys.path, oder aus dem übergeordneten Ordner mit `from %2 import %3`):</translation>
    </message>
    <message>
        <source>Nothing was written (dry run).</source>
        <translation>Es wurde nichts geschrieben (Probelauf).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bifrost runtime (%n file(s)) to %1</source>
        <translation>
            <numerusform>bifrost-Laufzeit (%n Datei) nach %1 geschrieben</numerusform>
            <numerusform>bifrost-Laufzeit (%n Dateien) nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a typed async Python SDK from an OpenAPI 3.x or Swagger 2.0 spec (file, https URL, or http on loopback) into DIR/PACKAGE (default modules/&lt;integration in snake case&gt;), with the bifrost runtime beside it; adds the schema fields it reads (base_url and the auth&apos;s) when missing, never removing any. --auth defaults to the spec&apos;s security scheme; --force replaces a folder bifrostctl did not generate; --dry-run writes nothing.</source>
        <translation>Ein typisiertes asynchrones Python-SDK aus einer OpenAPI-3.x- oder Swagger-2.0-Spezifikation (Datei, https-URL oder http auf Loopback) nach DIR/PACKAGE generieren (Standard: modules/&lt;Integrationsname in snake_case&gt;), mit der bifrost-Laufzeit daneben; fügt fehlende Schemafelder hinzu, die es liest (base_url und die der Authentifizierung), und entfernt nie welche. --auth ist standardmäßig das Sicherheitsschema der Spezifikation; --force ersetzt einen Ordner, den bifrostctl nicht generiert hat; --dry-run schreibt nichts.</translation>
    </message>
    <message>
        <source>Write only the bifrost Python runtime to DIR/bifrost (default modules/bifrost), replacing an older copy.</source>
        <translation>Nur die bifrost-Python-Laufzeit nach DIR/bifrost schreiben (Standard: modules/bifrost) und dabei eine ältere Kopie ersetzen.</translation>
    </message>
    <message>
        <source>--if-version needs a version number (0 or more) as `config list --json` or `mapping list --json` show it; &quot;%1&quot; is not one</source>
        <translation>--if-version braucht eine Versionsnummer (0 oder größer), wie `config list --json` oder `mapping list --json` sie anzeigen; „%1“ ist keine</translation>
    </message>
    <message>
        <source>give --if-version once</source>
        <translation>geben Sie --if-version nur einmal an</translation>
    </message>
    <message>
        <source>give --if-version once (every level expects it) or once per --org (in the same order); %1 were given for %2 level(s)</source>
        <translation>geben Sie --if-version einmal an (jede Ebene erwartet diese Version) oder einmal pro --org (in derselben Reihenfolge); angegeben wurden %1 für %2 Ebene(n)</translation>
    </message>
    <message>
        <source>PostgreSQL password for %1: </source>
        <translation>PostgreSQL-Passwort für %1: </translation>
    </message>
    <message>
        <source>Rename an integration (workflows look integrations up by name); --if-version N refuses (exit 4) unless it is still at version N.</source>
        <translation>Eine Integration umbenennen (Workflows finden Integrationen über ihren Namen); --if-version N lehnt ab (Exit-Code 4), wenn sie nicht mehr Version N hat.</translation>
    </message>
    <message>
        <source>Change an integration&apos;s description or entity settings; options left out keep their value; --if-version N refuses (exit 4) unless it is still at version N.</source>
        <translation>Beschreibung oder Entitätseinstellungen einer Integration ändern; weggelassene Optionen behalten ihren Wert; --if-version N lehnt ab (Exit-Code 4), wenn sie nicht mehr Version N hat.</translation>
    </message>
    <message>
        <source>Set a default, or with --org an organization&apos;s override (repeat --org to set several at once, all or nothing); secrets only with --stdin; --if-version N (0: must not exist yet) refuses (exit 4) a value changed since it was read.</source>
        <translation>Einen Standardwert setzen oder mit --org die Überschreibung einer Organisation (--org wiederholen, um mehrere auf einmal zu setzen, alles oder nichts); Geheimnisse nur mit --stdin; --if-version N (0: darf noch nicht existieren) lehnt einen seit dem Lesen geänderten Wert ab (Exit-Code 4).</translation>
    </message>
    <message>
        <source>Remove a default, or with --org an organization&apos;s override (repeat --org for several, all or nothing); --if-version N refuses (exit 4) a value changed since it was read.</source>
        <translation>Einen Standardwert entfernen oder mit --org die Überschreibung einer Organisation (--org für mehrere wiederholen, alles oder nichts); --if-version N lehnt einen seit dem Lesen geänderten Wert ab (Exit-Code 4).</translation>
    </message>
    <message>
        <source>Map an organization to its external entity; --if-version N (0: no mapping yet) refuses (exit 4) a mapping changed since it was read.</source>
        <translation>Eine Organisation ihrer externen Entität zuordnen; --if-version N (0: noch keine Zuordnung) lehnt eine seit dem Lesen geänderte Zuordnung ab (Exit-Code 4).</translation>
    </message>
    <message>
        <source>Remove a mapping; its overrides stay unless --with-overrides; --if-version N refuses (exit 4) a mapping changed since it was read.</source>
        <translation>Eine Zuordnung entfernen; ihre Überschreibungen bleiben erhalten, außer mit --with-overrides; --if-version N lehnt eine seit dem Lesen geänderte Zuordnung ab (Exit-Code 4).</translation>
    </message>
    <message>
        <source>Environment: BIFROST_DB (database path), BIFROST_SECRETS (secret backend), BIFROST_VAULT (vault file, default: next to the database), BIFROST_VAULT_PASSPHRASE (vault passphrase), BIFROST_TEAM_PASSPHRASE (personal team passphrase on a PostgreSQL database), BIFROST_NO_BROWSER=1 (oauth connect prints the URL without opening a browser).</source>
        <translation>Umgebung: BIFROST_DB (Datenbankpfad), BIFROST_SECRETS (Geheimnis-Backend), BIFROST_VAULT (Tresordatei, Standard: neben der Datenbank), BIFROST_VAULT_PASSPHRASE (Passphrase des Tresors), BIFROST_TEAM_PASSPHRASE (persönliche Team-Passphrase bei einer PostgreSQL-Datenbank), BIFROST_NO_BROWSER=1 (oauth connect gibt die URL aus, ohne einen Browser zu öffnen).</translation>
    </message>
    <message>
        <source>a PostgreSQL database keeps its secrets in the database, encrypted with the team key; secrets migrate is for SQLite databases</source>
        <translation>eine PostgreSQL-Datenbank bewahrt ihre Geheimnisse in der Datenbank auf, verschlüsselt mit dem Team-Schlüssel; secrets migrate ist für SQLite-Datenbanken gedacht</translation>
    </message>
    <message numerus="yes">
        <source>%n kept: the target keeps its own database id and settings</source>
        <translation>
            <numerusform>%n beibehalten: das Ziel behält seine eigene Datenbank-ID und seine Einstellungen</numerusform>
            <numerusform>%n beibehalten: das Ziel behält seine eigene Datenbank-ID und seine Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not from the source (the target&apos;s own settings, team set-up, sealed secrets)</source>
        <translation>
            <numerusform>%n Zeile nicht aus der Quelle (eigene Einstellungen des Ziels, Team-Einrichtung, versiegelte Geheimnisse)</numerusform>
            <numerusform>%n Zeilen nicht aus der Quelle (eigene Einstellungen des Ziels, Team-Einrichtung, versiegelte Geheimnisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n: this migration&apos;s history entry</source>
        <translation>
            <numerusform>+%n: der Verlaufseintrag dieser Migration</numerusform>
            <numerusform>+%n: die Verlaufseinträge dieser Migration</numerusform>
        </translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>migrate needs --from sqlite:PATH and --to postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>migrate braucht --from sqlite:PATH und --to postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>--from must be an SQLite database (sqlite:PATH); %1 is a PostgreSQL database</source>
        <translation>--from muss eine SQLite-Datenbank sein (sqlite:PATH); %1 ist eine PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>the source database %1 does not exist; give the path of the SQLite file with --from</source>
        <translation>die Quelldatenbank %1 existiert nicht; geben Sie mit --from den Pfad der SQLite-Datei an</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME); got &quot;%1&quot;</source>
        <translation>--to muss eine PostgreSQL-Datenbank sein (postgresql://USER@HOST:PORT/DBNAME); angegeben wurde „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written: %1 is empty and would receive %2 row(s) in %3 table(s) and %n secret(s).</source>
        <translation>
            <numerusform>Probelauf, nichts geschrieben: %1 ist leer und würde %2 Zeile(n) in %3 Tabelle(n) und %n Geheimnis erhalten.</numerusform>
            <numerusform>Probelauf, nichts geschrieben: %1 ist leer und würde %2 Zeile(n) in %3 Tabelle(n) und %n Geheimnisse erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 and %n secret(s) from %2 to %3.</source>
        <translation>
            <numerusform>%1 und %n Geheimnis von %2 nach %3 kopiert.</numerusform>
            <numerusform>%1 und %n Geheimnisse von %2 nach %3 kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>get comparison: %1 of %2 identical (every integration&apos;s global scope and every organization).</source>
        <translation>get-Vergleich: %1 von %2 identisch (der globale Geltungsbereich jeder Integration und jede Organisation).</translation>
    </message>
    <message>
        <source>  %1 (%2) differs in: %3</source>
        <translation>  %1 (%2) unterscheidet sich in: %3</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>the copy in %1 is committed but differs from the source: %2; drop that database, create it again and rerun migrate</source>
        <translation>die Kopie in %1 ist festgeschrieben, weicht aber von der Quelle ab: %2; löschen Sie diese Datenbank, legen Sie sie neu an, und führen Sie migrate erneut aus</translation>
    </message>
    <message>
        <source>Copy a whole SQLite database, secrets included and ids kept, into a new, empty team database on PostgreSQL in one transaction, then prove it: counts per table and `get` of every integration and organization on both sides (exit 5 on a difference). --dry-run checks and counts only.</source>
        <translation>Eine ganze SQLite-Datenbank samt Geheimnissen und unter Beibehaltung der IDs in einer Transaktion in eine neue, leere Team-Datenbank auf PostgreSQL kopieren und das Ergebnis dann nachweisen: Anzahl pro Tabelle und `get` jeder Integration und Organisation auf beiden Seiten (Exit-Code 5 bei einem Unterschied). --dry-run prüft und zählt nur.</translation>
    </message>
    <message>
        <source>team mode needs a PostgreSQL database; move with bifrostctl migrate</source>
        <translation>der Teammodus braucht eine PostgreSQL-Datenbank; ziehen Sie mit bifrostctl migrate um</translation>
    </message>
    <message>
        <source>Initial team passphrase for %1: </source>
        <translation>Initial-Team-Passphrase für %1: </translation>
    </message>
    <message>
        <source>the initial passphrase of %1</source>
        <translation>der Initial-Passphrase von %1</translation>
    </message>
    <message>
        <source>team add needs --role owner, --role editor or --role viewer</source>
        <translation>team add braucht --role owner, --role editor oder --role viewer</translation>
    </message>
    <message>
        <source>only team owners can change the team, and you are %1; ask an owner</source>
        <translation>nur Team-Eigentümer können das Team ändern, und Sie sind %1; wenden Sie sich an einen Eigentümer</translation>
    </message>
    <message>
        <source>Set up the team of %1; you are its owner.</source>
        <translation>Team von %1 eingerichtet; Sie sind sein Eigentümer.</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>ADDED BY</source>
        <translation>HINZUGEFÜGT VON</translation>
    </message>
    <message>
        <source>Added %1 as viewer.</source>
        <translation>%1 als viewer hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 as %2. Give them the initial passphrase by another channel; they change it with `bifrostctl team passphrase`.</source>
        <translation>%1 als %2 hinzugefügt. Übergeben Sie die Initial-Passphrase über einen anderen Kanal; %1 ändert sie mit `bifrostctl team passphrase`.</translation>
    </message>
    <message>
        <source>Removed %1. Run `bifrostctl team rotate` so that %1 cannot read the secrets written from now on.</source>
        <translation>%1 entfernt. Führen Sie `bifrostctl team rotate` aus, damit %1 die ab jetzt geschriebenen Geheimnisse nicht lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and rotated the team key: %n secret(s) re-encrypted.</source>
        <translation>
            <numerusform>%1 entfernt und den Team-Schlüssel rotiert: %n Geheimnis neu verschlüsselt.</numerusform>
            <numerusform>%1 entfernt und den Team-Schlüssel rotiert: %n Geheimnisse neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now viewer. Run `bifrostctl team rotate` so that %1 cannot read the secrets written from now on.</source>
        <translation>%1 ist jetzt viewer. Führen Sie `bifrostctl team rotate` aus, damit %1 die ab jetzt geschriebenen Geheimnisse nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message numerus="yes">
        <source>Rotated the team key: %n secret(s) re-encrypted.</source>
        <translation>
            <numerusform>Team-Schlüssel rotiert: %n Geheimnis neu verschlüsselt.</numerusform>
            <numerusform>Team-Schlüssel rotiert: %n Geheimnisse neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed your team passphrase.</source>
        <translation>Ihre Team-Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>a PostgreSQL database keeps its secrets in the database, encrypted with the team key; leave out --secrets %1</source>
        <translation>eine PostgreSQL-Datenbank bewahrt ihre Geheimnisse in der Datenbank auf, verschlüsselt mit dem Team-Schlüssel; lassen Sie --secrets %1 weg</translation>
    </message>
    <message>
        <source>Set up the team of a PostgreSQL database: you become its owner (done by the first command that needs the team key anyway). Your new passphrase: --passphrase-stdin, BIFROST_TEAM_PASSPHRASE or the terminal.</source>
        <translation>Das Team einer PostgreSQL-Datenbank einrichten: Sie werden sein Eigentümer (das erledigt ohnehin der erste Befehl, der den Team-Schlüssel braucht). Ihre neue Passphrase: --passphrase-stdin, BIFROST_TEAM_PASSPHRASE oder das Terminal.</translation>
    </message>
    <message>
        <source>List the team&apos;s admins and their roles.</source>
        <translation>Die Admins des Teams und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>Add a PostgreSQL login role to the team (owners only). An editor or owner gets the team key under an initial passphrase read from stdin (after your own with --passphrase-stdin).</source>
        <translation>Eine PostgreSQL-Login-Rolle zum Team hinzufügen (nur Eigentümer). Ein Bearbeiter oder Eigentümer erhält den Team-Schlüssel unter einer Initial-Passphrase, die von der Standardeingabe gelesen wird (nach Ihrer eigenen mit --passphrase-stdin).</translation>
    </message>
    <message>
        <source>Remove an admin from the team (owners only); --rotate also rotates the key in the same transaction, so that they cannot read what is written next.</source>
        <translation>Einen Admin aus dem Team entfernen (nur Eigentümer); --rotate rotiert in derselben Transaktion auch den Schlüssel, sodass der Admin nicht lesen kann, was danach geschrieben wird.</translation>
    </message>
    <message>
        <source>Change an admin&apos;s role (owner, editor, viewer; owners only). A viewer made editor or owner gets the key under an initial passphrase read from stdin.</source>
        <translation>Die Rolle eines Admins ändern (owner, editor, viewer; nur Eigentümer). Ein Betrachter, der zum Bearbeiter oder Eigentümer wird, erhält den Schlüssel unter einer Initial-Passphrase, die von der Standardeingabe gelesen wird.</translation>
    </message>
    <message>
        <source>Make a new team key and re-encrypt every secret with it in one transaction (owners only).</source>
        <translation>Einen neuen Team-Schlüssel erzeugen und jedes Geheimnis damit in einer Transaktion neu verschlüsseln (nur Eigentümer).</translation>
    </message>
    <message>
        <source>Change your team passphrase (--passphrase-stdin: the current one, then the new one).</source>
        <translation>Ihre Team-Passphrase ändern (--passphrase-stdin: zuerst die aktuelle, dann die neue).</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; for `completion names`; use integrations or organizations</source>
        <translation>unbekannte Art „%1“ für `completion names`; verwenden Sie integrations oder organizations</translation>
    </message>
    <message>
        <source>`help --man` prints the whole manual page; leave out the command</source>
        <translation>`help --man` gibt die ganze Handbuchseite aus; lassen Sie den Befehl weg</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; `bifrostctl --help` lists every command</source>
        <translation>unbekannter Befehl „%1“; `bifrostctl --help` listet jeden Befehl auf</translation>
    </message>
    <message>
        <source>Print the bash completion script, generated from this command table: `source &lt;(bifrostctl completion bash)` loads it into the current shell (the package installs it for every shell).</source>
        <translation>Das Bash-Vervollständigungsskript ausgeben, erzeugt aus dieser Befehlstabelle: `source &lt;(bifrostctl completion bash)` lädt es in die aktuelle Shell (das Paket installiert es für jede Shell).</translation>
    </message>
    <message>
        <source>Print the names of the integrations or organizations (KIND: integrations or organizations), one per line, for shell completion; prints nothing when the database does not exist, never a secret, and never asks for a password.</source>
        <translation>Die Namen der Integrationen oder Organisationen ausgeben (KIND: integrations oder organizations), einen pro Zeile, für die Shell-Vervollständigung; gibt nichts aus, wenn die Datenbank nicht existiert, nie ein Geheimnis, und fragt nie nach einem Passwort.</translation>
    </message>
    <message>
        <source>Print this help, or the usage of the commands that start with COMMAND; --man prints the manual page (troff) made from the same command table.</source>
        <translation>Diese Hilfe ausgeben, oder die Verwendung der Befehle, die mit COMMAND beginnen; --man gibt die Handbuchseite (troff) aus, erzeugt aus derselben Befehlstabelle.</translation>
    </message>
    <message>
        <source>the new team passphrase (the second line)</source>
        <translation>der neuen Team-Passphrase (der zweiten Zeile)</translation>
    </message>
    <message>
        <source>a new team passphrase is needed and there is no terminal to ask for it; pipe the current and the new one as two lines with --passphrase-stdin</source>
        <translation>eine neue Team-Passphrase wird gebraucht, und es gibt kein Terminal, um sie abzufragen; übergeben Sie die aktuelle und die neue per Pipe als zwei Zeilen mit --passphrase-stdin</translation>
    </message>
    <message>
        <source>the team passphrase is needed and there is no terminal to ask for it; pipe it as the first line of standard input with the global --passphrase-stdin, or set BIFROST_TEAM_PASSPHRASE</source>
        <translation>die Team-Passphrase wird gebraucht, und es gibt kein Terminal, um sie abzufragen; übergeben Sie sie per Pipe als erste Zeile der Standardeingabe mit der globalen Option --passphrase-stdin, oder setzen Sie BIFROST_TEAM_PASSPHRASE</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown secret backend &quot;%1&quot; (--secrets or BIFROST_SECRETS); use keychain or vault.</source>
        <translation>Unbekanntes Geheimnis-Backend „%1“ (--secrets oder BIFROST_SECRETS); verwenden Sie keychain oder vault.</translation>
    </message>
    <message>
        <source>the encrypted vault</source>
        <translation>im verschlüsselten Tresor</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>This database keeps its secrets in %1; start Bifrost Admin with --secrets %2 (or without BIFROST_SECRETS), or move them with `bifrostctl secrets migrate --to %3`.</source>
        <translation>Diese Datenbank bewahrt ihre Geheimnisse %1 auf; starten Sie Bifrost Admin mit --secrets %2 (oder ohne BIFROST_SECRETS), oder verschieben Sie sie mit `bifrostctl secrets migrate --to %3`.</translation>
    </message>
    <message>
        <source>Bifrost Admin</source>
        <translation>Bifrost Admin</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so secrets cannot be read or saved. Everything else works.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher können Geheimnisse weder gelesen noch gespeichert werden. Alles andere funktioniert.</translation>
    </message>
    <message>
        <source>On a machine without a keychain, keep secrets in an encrypted vault file instead: choose it in Preferences (for a new database), or move this database&apos;s secrets with `bifrostctl secrets migrate --to vault` and start with --secrets vault.</source>
        <translation>Bewahren Sie Geheimnisse auf einem Rechner ohne Schlüsselbund stattdessen in einer verschlüsselten Tresordatei auf: Wählen Sie diese in den Einstellungen (für eine neue Datenbank), oder verschieben Sie die Geheimnisse dieser Datenbank mit `bifrostctl secrets migrate --to vault` und starten Sie mit --secrets vault.</translation>
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Integration settings for MSP automation.</source>
        <translation>Integrationseinstellungen für die MSP-Automatisierung.</translation>
    </message>
    <message>
        <source>Where secrets live: keychain or vault (an encrypted file next to the database). Wins over BIFROST_SECRETS and Preferences; must match the backend an existing database records.</source>
        <translation>Wo Geheimnisse aufbewahrt werden: keychain oder vault (eine verschlüsselte Datei neben der Datenbank). Hat Vorrang vor BIFROST_SECRETS und den Einstellungen; muss mit dem Backend übereinstimmen, das eine vorhandene Datenbank verzeichnet.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown.</source>
        <translation>Beenden, sobald das Fenster angezeigt wird.</translation>
    </message>
    <message>
        <source>The vault needs its passphrase: set BIFROST_VAULT_PASSPHRASE.</source>
        <translation>Der Tresor benötigt seine Passphrase: Setzen Sie BIFROST_VAULT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Check the database location and the server, then try again; or choose another database in Preferences.</source>
        <translation>Prüfen Sie den Speicherort der Datenbank und den Server, und versuchen Sie es dann erneut; oder wählen Sie in den Einstellungen eine andere Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>The team key needs your passphrase: set BIFROST_TEAM_PASSPHRASE.</source>
        <translation>Der Team-Schlüssel benötigt Ihre Passphrase: Setzen Sie BIFROST_TEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <source>A PostgreSQL database keeps its secrets in the database, encrypted with the team key; start Bifrost Admin without --secrets %1.</source>
        <translation>Eine PostgreSQL-Datenbank bewahrt ihre Geheimnisse in der Datenbank auf, verschlüsselt mit dem Team-Schlüssel; starten Sie Bifrost Admin ohne --secrets %1.</translation>
    </message>
    <message>
        <source>This team database is not set up yet: Tools &gt; Team… &gt; Set Up Team makes you its owner.</source>
        <translation>Diese Team-Datenbank ist noch nicht eingerichtet: Extras &gt; Team… &gt; Team einrichten macht Sie zu ihrem Eigentümer.</translation>
    </message>
    <message>
        <source>You are a viewer of this team: secret values are not shown.</source>
        <translation>Sie sind Betrachter dieses Teams: Geheime Werte werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Database: an SQLite file, or a shared PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME; the password comes from the keychain, PGPASSFILE or a dialog, never from the URL).</source>
        <translation>Datenbank: eine SQLite-Datei oder eine gemeinsame PostgreSQL-Datenbank (postgresql://USER@HOST:PORT/DBNAME; das Passwort kommt aus dem Schlüsselbund, aus PGPASSFILE oder aus einem Dialog, nie aus der URL).</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Writes a screenshot of each page of Bifrost Admin.</source>
        <translation>Erstellt einen Screenshot jeder Seite von Bifrost Admin.</translation>
    </message>
    <message>
        <source>Folder for the PNG files.</source>
        <translation>Ordner für die PNG-Dateien.</translation>
    </message>
    <message>
        <source>A team database (postgresql://USER@HOST:PORT/DBNAME) set up with members, for the team pictures; its owner&apos;s passphrase in BIFROST_TEAM_PASSPHRASE.</source>
        <translation>Eine Team-Datenbank (postgresql://BENUTZER@HOST:PORT/DATENBANK) mit Mitgliedern, für die Team-Bilder; die Passphrase ihres Eigentümers steht in BIFROST_TEAM_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Only write the example data into a new SQLite database at PATH, recorded in its history as made by anna (the team pictures&apos; owner, migrating her laptop database), and exit.</source>
        <translation>Nur die Beispieldaten in eine neue SQLite-Datenbank unter PATH schreiben, im Verlauf als von anna angelegt (der Eigentümerin in den Team-Bildern, die ihre Laptop-Datenbank umzieht), und beenden.</translation>
    </message>
</context>
</TS>

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
    <name>CreateIntegrationCommand</name>
    <message>
        <source>Create integration &quot;%1&quot;</source>
        <translation>Integration „%1“ erstellen</translation>
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
    <name>Keychain</name>
    <message>
        <source>cannot %1: the OS keychain is not reachable (%2). Start and unlock a keychain service for this session (on Linux a Secret Service provider such as gnome-keyring) and try again; settings that are not secrets keep working without it</source>
        <translation>%1 nicht möglich: der Schlüsselbund des Betriebssystems ist nicht erreichbar (%2). Starten und entsperren Sie einen Schlüsselbunddienst für diese Sitzung (unter Linux einen Secret-Service-Anbieter wie gnome-keyring) und versuchen Sie es erneut; Einstellungen, die keine Geheimnisse sind, funktionieren auch ohne ihn</translation>
    </message>
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
        <source>no database path given</source>
        <translation>kein Datenbankpfad angegeben</translation>
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
        <source>%1: the value was changed by someone else since it was loaded; reload and apply your change again</source>
        <translation>%1: der Wert wurde seit dem Laden von jemand anderem geändert; laden Sie neu und übernehmen Sie Ihre Änderung erneut</translation>
    </message>
    <message>
        <source>the mapping of organization &quot;%1&quot; for integration &quot;%2&quot; was changed by someone else since it was loaded; reload and apply your change again</source>
        <translation>die Zuordnung der Organisation „%1“ für die Integration „%2“ wurde seit dem Laden von jemand anderem geändert; laden Sie neu und übernehmen Sie Ihre Änderung erneut</translation>
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
        <source>the schema of integration &quot;%1&quot; was changed by someone else since it was loaded; reload it and apply your changes again</source>
        <translation>das Schema der Integration „%1“ wurde seit dem Laden von jemand anderem geändert; laden Sie es neu und übernehmen Sie Ihre Änderungen erneut</translation>
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
        <source>organization &quot;%1&quot; is still used by %2; use --force to remove it with its mappings and overrides</source>
        <translation>die Organisation „%1“ wird noch verwendet von %2; verwenden Sie --force, um sie mitsamt ihren Zuordnungen und Überschreibungen zu entfernen</translation>
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
        <source>Encrypted vault (arrives in a later release)</source>
        <translation>Verschlüsselter Tresor (folgt in einer späteren Version)</translation>
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
    <name>bifrostctl</name>
    <message>
        <source>unknown global option --%1; global options are --db PATH and --secrets keychain|vault, given before the command</source>
        <translation>unbekannte globale Option --%1; globale Optionen sind --db PATH und --secrets keychain|vault, angegeben vor dem Befehl</translation>
    </message>
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
        <source>the encrypted vault secret backend is not available in this version; use --secrets keychain with a running keychain service</source>
        <translation>das Geheimnis-Backend „verschlüsselter Tresor“ ist in dieser Version nicht verfügbar; verwenden Sie --secrets keychain mit einem laufenden Schlüsselbunddienst</translation>
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
        <source>Rename an integration (workflows look integrations up by name).</source>
        <translation>Eine Integration umbenennen (Workflows finden Integrationen über ihren Namen).</translation>
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
        <source>Map an organization to its external entity.</source>
        <translation>Eine Organisation ihrer externen Entität zuordnen.</translation>
    </message>
    <message>
        <source>List an integration&apos;s mappings.</source>
        <translation>Die Zuordnungen einer Integration auflisten.</translation>
    </message>
    <message>
        <source>Remove a mapping; its overrides stay unless --with-overrides.</source>
        <translation>Eine Zuordnung entfernen; ihre Überschreibungen bleiben erhalten, außer mit --with-overrides.</translation>
    </message>
    <message>
        <source>Print the resolved configuration as JSON, secrets revealed.</source>
        <translation>Die aufgelöste Konfiguration als JSON ausgeben, Geheimnisse im Klartext.</translation>
    </message>
    <message>
        <source>Usage: bifrostctl [--db PATH] [--secrets keychain|vault] COMMAND ...</source>
        <translation>Aufruf: bifrostctl [--db PATH] [--secrets keychain|vault] COMMAND ...</translation>
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
        <source>Environment: BIFROST_DB (database path), BIFROST_SECRETS (secret backend).</source>
        <translation>Umgebung: BIFROST_DB (Datenbankpfad), BIFROST_SECRETS (Geheimnis-Backend).</translation>
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
        <source>Change an integration&apos;s description or entity settings; options left out keep their value.</source>
        <translation>Beschreibung oder Entitätseinstellungen einer Integration ändern; weggelassene Optionen behalten ihren Wert.</translation>
    </message>
    <message>
        <source>Every organization&apos;s mapping, override count and missing required keys; --missing-only lists only organizations that miss some.</source>
        <translation>Zuordnung, Anzahl der Überschreibungen und fehlende Pflichtschlüssel jeder Organisation; --missing-only listet nur Organisationen auf, denen welche fehlen.</translation>
    </message>
    <message>
        <source>Set a default, or with --org an organization&apos;s override (repeat --org to set several at once, all or nothing); secrets only with --stdin.</source>
        <translation>Einen Standardwert setzen oder mit --org die Überschreibung einer Organisation (--org wiederholen, um mehrere auf einmal zu setzen, alles oder nichts); Geheimnisse nur mit --stdin.</translation>
    </message>
    <message>
        <source>Remove a default, or with --org an organization&apos;s override (repeat --org for several, all or nothing).</source>
        <translation>Einen Standardwert entfernen oder mit --org die Überschreibung einer Organisation (--org für mehrere wiederholen, alles oder nichts).</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Integration settings for MSP automation.</source>
        <translation>Integrationseinstellungen für die MSP-Automatisierung.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Datenbankdatei.</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown.</source>
        <translation>Beenden, sobald das Fenster angezeigt wird.</translation>
    </message>
    <message>
        <source>Bifrost Admin</source>
        <translation>Bifrost Admin</translation>
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
</context>
</TS>

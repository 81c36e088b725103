<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Keychain</name>
    <message>
        <source>cannot %1: the OS keychain is not reachable (%2). Start and unlock a keychain service for this session (on Linux a Secret Service provider such as gnome-keyring) and try again; settings that are not secrets keep working without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1: access to the OS keychain was denied (%2); unlock the keychain and allow Bifrost Admin to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret %1 is missing from the OS keychain; set the value again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <source>the secret value of key &quot;%1&quot; of integration &quot;%2&quot; is missing from the secret store (removed outside Bifrost Admin?); set it again with `bifrostctl config set %2 %1 --stdin`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>the schema for integration &quot;%1&quot; must be a JSON array of field objects, such as [{&quot;key&quot;: &quot;base_url&quot;, &quot;type&quot;: &quot;string&quot;, &quot;required&quot;: true}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema field %1 of integration &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> has an unknown property &quot;%1&quot;; allowed: key, type, required, description, options, label, placeholder, pattern, min, max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> has no &quot;key&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema field &quot;%1&quot; of integration &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: type must be one of string, int, bool, json, secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;required&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;options&quot; must be an array of allowed values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot create the folder %1 for the database; check that the location is writable or choose another with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database %1: %2; check the path and its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is at schema version %2, newer than this program understands (%3); use a newer Bifrost Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 stayed locked by another program for too long (%2); try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store is configured, so secret values cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store is configured, so secret values cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is empty; define it with `bifrostctl schema set`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; has no key &quot;%2&quot; in its schema; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization &quot;%1&quot; has no mapping for integration &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid integration name; names start with a letter and contain only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 100 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integration named &quot;%1&quot; already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no integration named &quot;%1&quot;; see `bifrostctl integration list`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; still has %2 and %3; use --force to delete it with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;: the schema defines key &quot;%2&quot; twice; keys must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type change secret → %1: secret values are never copied out of the secret store; set the value again after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new field definition rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type change %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>integration &quot;%1&quot;: this schema change would delete %n stored value(s): %2; use --force to apply it and delete them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the organization name is empty; give a name such as &quot;Contoso&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organization named &quot;%1&quot;; see `bifrostctl org list`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization named &quot;%1&quot; already exists (names ignore case); choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>organization &quot;%1&quot; is still used by %2; use --force to remove it with its mappings and overrides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is below the minimum %2; give a value of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum %2; give a value of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override for organization &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;, key &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, got a JSON value of another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number; give a 64-bit integer such as 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a boolean; give true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON value given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give true, false, yes, no, 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a boolean; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;, schema field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration &quot;%1&quot;: schema key %2 is not valid; keys start with a letter or _ and contain only letters, digits and _ (at most 100 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: pattern applies only to string fields; remove it or change the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: pattern %1 is not a valid regular expression (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: min and max apply only to int fields; remove them or change the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: min %1 is greater than max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: options apply only to string and int fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: option %1 is not valid for the field: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bifrost::MainWindow</name>
    <message>
        <source>Bifrost Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bifrost Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bifrost Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bifrost Admin %1
Integration settings, per-organization overrides and OAuth for MSP automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bifrostctl</name>
    <message>
        <source>unknown global option --%1; global options are --db PATH and --secrets keychain|vault, given before the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see `bifrostctl --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see `bifrostctl --help`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 for `%2`; usage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org needs an organization name or id; leave --org out for the integration default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added organization &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed organization to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed organization &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created integration &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:              %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default entity ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID label:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed integration to &quot;%1&quot;. Workflows look integrations up by name: update those that use &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted integration &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema set needs --file SCHEMA.json (use - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema file %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  deleted value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the value either as an argument or with --stdin, not both or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a secret: secret values are never taken from the command line, where shell history and other users can see them; pipe it in with `bifrostctl config set %2 %1 --stdin`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 for organization &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset %1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset %1 for organization &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing, required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping set needs --org ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped organization &quot;%1&quot; to entity &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTITY ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTITY NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping remove needs --org ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the mapping and overrides of organization &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the mapping of organization &quot;%1&quot;; its overrides are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org and --global exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the global scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration &quot;%1&quot; is missing required values for %2: %3; set them with `bifrostctl config set`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted vault secret backend is not available in this version; use --secrets keychain with a running keychain service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown secret backend &quot;%1&quot;; use --secrets keychain or --secrets vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an organization; --force also removes its mappings and overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an integration and its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename an integration (workflows look integrations up by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an integration; --force also deletes its values and mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an integration&apos;s schema; --force drops values the change makes invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an integration&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a default, or with --org an organization&apos;s override; secrets only with --stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a default, or with --org an organization&apos;s override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List values with their source; secrets masked unless --reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map an organization to its external entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an integration&apos;s mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a mapping; its overrides stay unless --with-overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the resolved configuration as JSON, secrets revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bifrostctl [--db PATH] [--secrets keychain|vault] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 invalid input, 3 not found, 4 conflict, 5 external failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: BIFROST_DB (database path), BIFROST_SECRETS (secret backend).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Integration settings for MSP automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bifrost Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

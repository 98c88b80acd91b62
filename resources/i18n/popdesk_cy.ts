<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
    <context>
        <name />
        <message>
            <source>Already erased</source>
            <translation>Wedi’i ddileu eisoes</translation>
        </message>
        <message>
            <source>This contact has been erased.</source>
            <translation>Mae’r cyswllt hwn wedi’i ddileu.</translation>
        </message>
        <message>
            <source>{0}'s name, numbers, addresses, notes and ratings are removed from the store, and replaced with "Erased contact" wherever they appear, engagement notes included. This cannot be undone.

Backups made before now still hold them until they are rotated out.</source>
            <translation>Caiff enw, rhifau, cyfeiriadau, nodiadau a sgoriau {0} eu tynnu o’r storfa, a rhoi "Cyswllt wedi’i ddileu" yn eu lle ym mhob man, gan gynnwys nodiadau ymgysylltu. Ni ellir dadwneud hyn.

Mae copïau wrth gefn a wnaed cyn hyn yn dal i’w cadw nes iddynt gael eu disodli.</translation>
        </message>
        <message>
            <source>Erase {0}?</source>
            <translation>Dileu {0}?</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Not erased</source>
            <translation>Heb ei ddileu</translation>
        </message>
        <message>
            <source>Erasing and compacting the store…</source>
            <translation>Wrthi’n dileu ac yn cywasgu’r storfa…</translation>
        </message>
        <message>
            <source>What is it for, or who is it going to? (kept in the audit log; may be left empty)</source>
            <translation>I beth mae e, neu at bwy mae’n mynd? (cedwir yn y log archwilio; gellir ei adael yn wag)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Heb ei gadw</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Wedi cadw {0}</translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Which actions to show</source>
            <translation>Pa gamau gweithredu i’w dangos</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Filter by owner</source>
            <translation>Hidlo yn ôl perchennog</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Nodi ei fod wedi’i &amp;wneud</translation>
        </message>
        <message>
            <source>Mark the selected action done (Ctrl+D)</source>
            <translation>Nodi bod y cam a ddewiswyd wedi’i wneud (Ctrl+D)</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Nodi wedi’i wneud</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>&amp;Ailagor</translation>
        </message>
        <message>
            <source>Reopen the selected action</source>
            <translation>Ailagor y cam gweithredu a ddewiswyd</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Ailagor</translation>
        </message>
        <message>
            <source>&amp;Go to source</source>
            <translation>&amp;Mynd i’r ffynhonnell</translation>
        </message>
        <message>
            <source>Open the engagement or record the action came from</source>
            <translation>Agor yr ymgysylltiad neu’r cofnod y daeth y cam ohono</translation>
        </message>
        <message>
            <source>Go to source</source>
            <translation>Mynd i’r ffynhonnell</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Ymgysylltiad</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Trosglwyddiad</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Hwyr</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Dim perchennog</translation>
        </message>
        <message>
            <source>{0} (partner)</source>
            <translation>{0} (partner)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agored</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi’i wneud</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Y cyfan</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Unrhyw un</translation>
        </message>
        <message>
            <source>No actions to show.</source>
            <translation>Dim camau gweithredu i’w dangos.</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Dim perchennog eto</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Wedi’i wneud ar</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>Daeth o</translation>
        </message>
        <message>
            <source>Continued by</source>
            <translation>Parhawyd gan</translation>
        </message>
        <message>
            <source>the successor's action</source>
            <translation>cam gweithredu’r olynydd</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>Wedi’i wneud: {0}</translation>
        </message>
        <message>
            <source>Reopened: {0}</source>
            <translation>Wedi ailagor: {0}</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Data-sharing agreement</source>
            <translation>Cytundeb rhannu data</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Teitl</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Cyfeirnod</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Diben</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Diben</translation>
        </message>
        <message>
            <source>&amp;Lawful basis</source>
            <translation>&amp;Sail gyfreithlon</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translation>Sail gyfreithlon</translation>
        </message>
        <message>
            <source>P&amp;arties</source>
            <translation>&amp;Partïon</translation>
        </message>
        <message>
            <source>Partner organisations</source>
            <translation>Sefydliadau partner</translation>
        </message>
        <message>
            <source>&amp;Data items</source>
            <translation>&amp;Eitemau data</translation>
        </message>
        <message>
            <source>Data items</source>
            <translation>Eitemau data</translation>
        </message>
        <message>
            <source>D&amp;irection</source>
            <translation>Cyfeiriad &amp;rhannu</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Cyfeiriad rhannu</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Dull</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Dull</translation>
        </message>
        <message>
            <source>Mar&amp;king</source>
            <translation>&amp;Marc diogelwch</translation>
        </message>
        <message>
            <source>Security marking</source>
            <translation>Marc diogelwch</translation>
        </message>
        <message>
            <source>R&amp;etention</source>
            <translation>Cyfnod c&amp;adw</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Cyfnod cadw</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>Yn &amp;dechrau</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Dyddiad dechrau</translation>
        </message>
        <message>
            <source>Re&amp;view</source>
            <translation>&amp;Adolygu</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Dyddiad adolygu</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>S&amp;tatws</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Signed c&amp;opy</source>
            <translation>&amp;Copi wedi’i lofnodi</translation>
        </message>
        <message>
            <source>Where the signed copy is</source>
            <translation>Ble mae’r copi wedi’i lofnodi</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Perchennog</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>New data-sharing agreement</source>
            <translation>Cytundeb rhannu data newydd</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Dim perchennog eto</translation>
        </message>
    </context>
    <context>
        <name>AgreementsView</name>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Which agreements to show</source>
            <translation>Pa gytundebau i’w dangos</translation>
        </message>
        <message>
            <source>&amp;New agreement…</source>
            <translation>Cytundeb &amp;newydd…</translation>
        </message>
        <message>
            <source>Add a data-sharing agreement (Ctrl+N)</source>
            <translation>Ychwanegu cytundeb rhannu data (Ctrl+N)</translation>
        </message>
        <message>
            <source>New agreement…</source>
            <translation>Cytundeb newydd…</translation>
        </message>
        <message>
            <source>Mark &amp;reviewed…</source>
            <translation>Nodi ei fod wedi’i &amp;adolygu…</translation>
        </message>
        <message>
            <source>Record a review and set the next review date</source>
            <translation>Cofnodi adolygiad a gosod y dyddiad adolygu nesaf</translation>
        </message>
        <message>
            <source>Mark reviewed…</source>
            <translation>Nodi wedi’i adolygu…</translation>
        </message>
        <message>
            <source>Data-sharing agreements</source>
            <translation>Cytundebau rhannu data</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source> – due</source>
            <translation> – i’w adolygu</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>All agreements</source>
            <translation>Pob cytundeb</translation>
        </message>
        <message>
            <source>Due for review</source>
            <translation>I’w adolygu</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Gweithredol</translation>
        </message>
        <message>
            <source>No agreements to show.</source>
            <translation>Dim cytundebau i’w dangos.</translation>
        </message>
        <message>
            <source>no reference</source>
            <translation>dim cyfeirnod</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Diben</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translation>Sail gyfreithlon</translation>
        </message>
        <message>
            <source>Data items</source>
            <translation>Eitemau data</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Cyfeiriad rhannu</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Dull</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Cyfnod cadw</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Yn dechrau</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygu</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>dim perchennog</translation>
        </message>
        <message>
            <source>Signed copy</source>
            <translation>Copi wedi’i lofnodi</translation>
        </message>
        <message>
            <source>Partners and the data they hold</source>
            <translation>Partneriaid a’r data sydd ganddynt</translation>
        </message>
        <message>
            <source> – holds {0}</source>
            <translation> – yn dal {0}</translation>
        </message>
        <message>
            <source>No partners recorded.</source>
            <translation>Dim partneriaid wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Added {0}</source>
            <translation>Wedi ychwanegu {0}</translation>
        </message>
        <message>
            <source>Agreement reviewed</source>
            <translation>Cytundeb wedi’i adolygu</translation>
        </message>
        <message>
            <source>Reviewed today. Next review (YYYY-MM-DD):</source>
            <translation>Wedi’i adolygu heddiw. Adolygiad nesaf (BBBB-MM-DD):</translation>
        </message>
        <message>
            <source>'{0}' is not a date (use YYYY-MM-DD).</source>
            <translation>Nid yw '{0}' yn ddyddiad (defnyddiwch BBBB-MM-DD).</translation>
        </message>
        <message>
            <source>Reviewed {0}; next review {1}</source>
            <translation>Wedi adolygu {0}; adolygiad nesaf {1}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unlock {0}</source>
            <translation>Datgloi {0}</translation>
        </message>
        <message>
            <source>{0}, so popdesk needs the store's passphrase (or its recovery key).</source>
            <translation>{0}, felly mae popdesk angen cyfrinymadrodd y storfa (neu ei hallwedd adfer).</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Canslo</translation>
        </message>
        <message>
            <source>Password for {0}:</source>
            <translation>Cyfrinair ar gyfer {0}:</translation>
        </message>
        <message>
            <source>The server refused that password. Password for {0}:</source>
            <translation>Gwrthododd y gweinydd y cyfrinair hwnnw. Cyfrinair ar gyfer {0}:</translation>
        </message>
        <message>
            <source>Its key will be kept in {0}, so popdesk opens without asking.</source>
            <translation>Caiff ei hallwedd ei chadw yn {0}, felly mae popdesk yn agor heb ofyn.</translation>
        </message>
        <message>
            <source>There is no usable keyring ({0}), so popdesk will ask for this passphrase each time it opens.</source>
            <translation>Nid oes cylch allweddi y gellir ei ddefnyddio ({0}), felly bydd popdesk yn gofyn am y cyfrinymadrodd hwn bob tro y bydd yn agor.</translation>
        </message>
        <message>
            <source>popdesk will now encrypt {0}, which an earlier popdesk left unencrypted.</source>
            <translation>Bydd popdesk nawr yn amgryptio {0}, a adawyd heb ei hamgryptio gan popdesk cynharach.</translation>
        </message>
        <message>
            <source>popdesk keeps partner contacts in an encrypted store, {0}.</source>
            <translation>Mae popdesk yn cadw cysylltiadau partner mewn storfa wedi’i hamgryptio, {0}.</translation>
        </message>
        <message>
            <source>Choose a passphrase: it unlocks popdesk after it locks itself and opens the store if the keyring is ever lost.</source>
            <translation>Dewiswch gyfrinymadrodd: mae’n datgloi popdesk ar ôl iddo gloi ei hun ac yn agor y storfa os collir y cylch allweddi byth.</translation>
        </message>
        <message>
            <source>Protect the store</source>
            <translation>Diogelu’r storfa</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Log archwilio</translation>
        </message>
        <message>
            <source>&amp;Who</source>
            <translation>&amp;Pwy</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Cam</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;O</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hyd at</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hyd at</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Cofnodion archwilio</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Allforio CSV…</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Unrhyw un</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Unrhyw gam</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>y dechrau</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Pryd (UTC)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Cofnod</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Ar gyfer</translation>
        </message>
        <message>
            <source>{0}{1} entries shown of {2} in the log. Entries cannot be changed or removed.</source>
            <translation>{0}{1} o gofnodion yn cael eu dangos o {2} yn y log. Ni ellir newid na dileu cofnodion.</translation>
        </message>
        <message>
            <source>Nothing has been recorded yet.</source>
            <translation>Nid oes dim wedi’i gofnodi eto.</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Allforio’r log archwilio</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Ffeiliau CSV (*.csv)</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Heb ei allforio</translation>
        </message>
        <message>
            <source>Exported to {0}</source>
            <translation>Wedi allforio i {0}</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Cytundeb</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partneriaid</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygu</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <source>Our staff</source>
            <translation>Ein staff</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Crynodeb</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Neighbourhoods</source>
            <translation>Cymdogaethau</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>Cyswllt</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Teitl swydd</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Sefydliad</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Ffôn</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>020 7946 0123</source>
            <translation>029 2018 0123</translation>
        </message>
        <message>
            <source>&amp;Mobile</source>
            <translation>Ffôn &amp;symudol</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Ffôn symudol</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-bost</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>enw@example.org</translation>
        </message>
        <message>
            <source>Prefe&amp;rred channel</source>
            <translation>&amp;Hoff ffordd o gysylltu</translation>
        </message>
        <message>
            <source>Preferred channel</source>
            <translation>Hoff ffordd o gysylltu</translation>
        </message>
        <message>
            <source>Data-protection &amp;basis</source>
            <translation>&amp;Sail diogelu data</translation>
        </message>
        <message>
            <source>Data-protection basis</source>
            <translation>Sail diogelu data</translation>
        </message>
        <message>
            <source>Re&amp;view due</source>
            <translation>Adolygiad &amp;erbyn</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>&amp;Nodiadau</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Golygu cyswllt</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Cyswllt newydd</translation>
        </message>
        <message>
            <source>None (an individual)</source>
            <translation>Dim (unigolyn)</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Anhysbys</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the fields marked above.</source>
            <translation>Ni chadwyd dim: cywirwch y meysydd a nodwyd uchod.</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Filter by organisation</source>
            <translation>Hidlo yn ôl sefydliad</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>Show deactivated</source>
            <translation>Dangos rhai wedi’u dadactifadu</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Newydd…</translation>
        </message>
        <message>
            <source>Add a contact (Ctrl+N)</source>
            <translation>Ychwanegu cyswllt (Ctrl+N)</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Newydd…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <source>Edit the selected contact</source>
            <translation>Golygu’r cyswllt a ddewiswyd</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Golygu…</translation>
        </message>
        <message>
            <source>&amp;Deactivate…</source>
            <translation>&amp;Dadactifadu…</translation>
        </message>
        <message>
            <source>Deactivate the selected contact</source>
            <translation>Dadactifadu’r cyswllt a ddewiswyd</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Dadactifadu…</translation>
        </message>
        <message>
            <source>Mor&amp;e…</source>
            <translation>&amp;Rhagor…</translation>
        </message>
        <message>
            <source>Import or export contacts (CSV, vCard), or erase the selected person</source>
            <translation>Mewnforio neu allforio cysylltiadau (CSV, vCard), neu ddileu’r unigolyn a ddewiswyd</translation>
        </message>
        <message>
            <source>More actions…</source>
            <translation>Rhagor o gamau…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Cysylltiadau</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Swyddfa</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Symudol</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Unigolyn</translation>
        </message>
        <message>
            <source>Imported {0} contacts</source>
            <translation>Wedi mewnforio {0} o gysylltiadau</translation>
        </message>
        <message>
            <source>&amp;Import contacts…</source>
            <translation>&amp;Mewnforio cysylltiadau…</translation>
        </message>
        <message>
            <source>Export as &amp;CSV (spreadsheet)…</source>
            <translation>Allforio fel &amp;CSV (taenlen)…</translation>
        </message>
        <message>
            <source>Export as &amp;vCard (phone, Outlook)…</source>
            <translation>Allforio fel &amp;vCard (ffôn, Outlook)…</translation>
        </message>
        <message>
            <source>E&amp;rase this person…</source>
            <translation>&amp;Dileu’r unigolyn hwn…</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Ffeiliau CSV (*.csv)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Ffeiliau vCard (*.vcf)</translation>
        </message>
        <message>
            <source>Save the contacts</source>
            <translation>Cadw’r cysylltiadau</translation>
        </message>
        <message>
            <source>The contact was erased</source>
            <translation>Cafodd y cyswllt ei ddileu</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Wedi’i ddadactifadu</translation>
        </message>
        <message>
            <source>Data-protection review due</source>
            <translation>Adolygiad diogelu data’n ddyledus</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Pob sefydliad</translation>
        </message>
        <message>
            <source>No contact chosen.</source>
            <translation>Dim cyswllt wedi’i ddewis.</translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>&amp;Ailactifadu</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Mae’n well ganddo</translation>
        </message>
        <message>
            <source>SPOC roles</source>
            <translation>Rolau SPOC</translation>
        </message>
        <message>
            <source>Their SPOC for {0} (our SPOC: {1})</source>
            <translation>Eu SPOC ar gyfer {0} (ein SPOC: {1})</translation>
        </message>
        <message>
            <source>vacant</source>
            <translation>gwag</translation>
        </message>
        <message>
            <source>Holds no SPOC role.</source>
            <translation>Nid oes ganddo rôl SPOC.</translation>
        </message>
        <message>
            <source>Last engagement</source>
            <translation>Ymgysylltiad diwethaf</translation>
        </message>
        <message>
            <source>No engagement logged with this contact.</source>
            <translation>Dim ymgysylltiad wedi’i gofnodi gyda’r cyswllt hwn.</translation>
        </message>
        <message>
            <source>Data-protection basis</source>
            <translation>Sail diogelu data</translation>
        </message>
        <message>
            <source>{0} – due</source>
            <translation>{0} – yn ddyledus</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Deactivate contact</source>
            <translation>Dadactifadu cyswllt</translation>
        </message>
        <message>
            <source>Deactivate {0}? They leave the current lists but their history stays; you can reactivate them later.</source>
            <translation>Dadactifadu {0}? Byddant yn gadael y rhestrau cyfredol ond bydd eu hanes yn aros; gallwch eu hailactifadu yn nes ymlaen.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Needs attention</source>
            <translation>Angen sylw</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>In this store</source>
            <translation>Yn y storfa hon</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Cysylltiadau</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Aelodau o staff</translation>
        </message>
        <message>
            <source>SPOC assignments</source>
            <translation>Neilltuadau SPOC</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grwpiau</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Cyfarfodydd</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Ymgysylltiadau</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemau</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Cytundebau</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>Trosglwyddiadau</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Cofnodion archwilio</translation>
        </message>
        <message>
            <source>Enter or double-click to open</source>
            <translation>Enter neu glicio ddwywaith i agor</translation>
        </message>
        <message>
            <source>… and {0:,} more: see the section for all of them</source>
            <translation>… a {0:,} arall: gweler yr adran am bob un</translation>
        </message>
        <message>
            <source>Nothing here.</source>
            <translation>Dim byd yma.</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>dim perchennog</translation>
        </message>
        <message>
            <source>vacant</source>
            <translation>gwag</translation>
        </message>
        <message>
            <source>our side vacant</source>
            <translation>ein hochr ni’n wag</translation>
        </message>
        <message>
            <source>their side vacant</source>
            <translation>eu hochr nhw’n wag</translation>
        </message>
        <message>
            <source>successor not named</source>
            <translation>dim olynydd wedi’i enwi</translation>
        </message>
        <message>
            <source>Overdue actions</source>
            <translation>Camau gweithredu hwyr</translation>
        </message>
        <message>
            <source>due {0}</source>
            <translation>erbyn {0}</translation>
        </message>
        <message>
            <source>Vacant SPOC roles</source>
            <translation>Rolau SPOC gwag</translation>
        </message>
        <message>
            <source>Stale SPOC roles</source>
            <translation>Rolau SPOC segur</translation>
        </message>
        <message>
            <source>review due {0}</source>
            <translation>adolygiad erbyn {0}</translation>
        </message>
        <message>
            <source>no recent engagement</source>
            <translation>dim ymgysylltu diweddar</translation>
        </message>
        <message>
            <source>Groups with no representative</source>
            <translation>Grwpiau heb gynrychiolydd</translation>
        </message>
        <message>
            <source>Meetings in the next 14 days</source>
            <translation>Cyfarfodydd yn y 14 diwrnod nesaf</translation>
        </message>
        <message>
            <source>Handovers in progress</source>
            <translation>Trosglwyddiadau ar y gweill</translation>
        </message>
        <message>
            <source>{0} of {1} done</source>
            <translation>{0} o {1} wedi’u gwneud</translation>
        </message>
        <message>
            <source>Agreements due for review</source>
            <translation>Cytundebau i’w hadolygu</translation>
        </message>
        <message>
            <source>review {0}</source>
            <translation>adolygu {0}</translation>
        </message>
        <message>
            <source>Contacts due a data-protection review</source>
            <translation>Cysylltiadau sydd angen adolygiad diogelu data</translation>
        </message>
    </context>
    <context>
        <name>Detail</name>
        <message>
            <source>Click to copy</source>
            <translation>Cliciwch i gopïo</translation>
        </message>
    </context>
    <context>
        <name>EditablePage</name>
        <message>
            <source>Saved {0}</source>
            <translation>Wedi cadw {0}</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Dadactifadu</translation>
        </message>
        <message>
            <source>reactivated</source>
            <translation>wedi’i ailactifadu</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>wedi’i ddadactifadu</translation>
        </message>
    </context>
    <context>
        <name>EngagementDialog</name>
        <message>
            <source>Log engagement</source>
            <translation>Cofnodi ymgysylltiad</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Pryd</translation>
        </message>
        <message>
            <source>dd MMM yyyy HH:mm</source>
            <translation>dd MMM yyyy HH:mm</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>&amp;Math</translation>
        </message>
        <message>
            <source>Type of engagement</source>
            <translation>Math o ymgysylltiad</translation>
        </message>
        <message>
            <source>Our &amp;staff</source>
            <translation>Ein &amp;staff</translation>
        </message>
        <message>
            <source>Our staff</source>
            <translation>Ein staff</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Cysylltiadau</translation>
        </message>
        <message>
            <source>Partner contacts</source>
            <translation>Cysylltiadau partner</translation>
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation>&amp;Sefydliadau</translation>
        </message>
        <message>
            <source>Partner organisations</source>
            <translation>Sefydliadau partner</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>&amp;Crynodeb</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Crynodeb</translation>
        </message>
        <message>
            <source>Ou&amp;tcome</source>
            <translation>Ca&amp;nlyniad</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>&amp;Problem</source>
            <translation>&amp;Problem</translation>
        </message>
        <message>
            <source>Linked problem</source>
            <translation>Problem gysylltiedig</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Camau dilynol</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Cam newydd</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Cam dilynol</translation>
        </message>
        <message>
            <source>Owner of the new action</source>
            <translation>Perchennog y cam newydd</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>Due date of the new action</source>
            <translation>Dyddiad cau’r cam newydd</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ychwanegu</translation>
        </message>
        <message>
            <source>Add this follow-up action (Enter)</source>
            <translation>Ychwanegu’r cam dilynol hwn (Enter)</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Ychwanegu cam</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Remove the selected follow-up action</source>
            <translation>Tynnu’r cam dilynol a ddewiswyd</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Tynnu cam</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Dim</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Cadw (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Dim perchennog eto</translation>
        </message>
    </context>
    <context>
        <name>EngagementsView</name>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>O’r dyddiad</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hyd at</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Hyd at y dyddiad</translation>
        </message>
        <message>
            <source>Filter by type</source>
            <translation>Hidlo yn ôl math</translation>
        </message>
        <message>
            <source>Filter by organisation</source>
            <translation>Hidlo yn ôl sefydliad</translation>
        </message>
        <message>
            <source>Filter by staff member</source>
            <translation>Hidlo yn ôl aelod o staff</translation>
        </message>
        <message>
            <source>Filter by problem</source>
            <translation>Hidlo yn ôl problem</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clirio</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Clirio’r hidlwyr</translation>
        </message>
        <message>
            <source>&amp;Log engagement…</source>
            <translation>&amp;Cofnodi ymgysylltiad…</translation>
        </message>
        <message>
            <source>Log a meeting, call, visit or other engagement (Ctrl+L)</source>
            <translation>Cofnodi cyfarfod, galwad, ymweliad neu ymgysylltiad arall (Ctrl+L)</translation>
        </message>
        <message>
            <source>Log engagement…</source>
            <translation>Cofnodi ymgysylltiad…</translation>
        </message>
        <message>
            <source>Engagement log</source>
            <translation>Cofnod ymgysylltu</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Pob math</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Pob sefydliad</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>Pob aelod o staff</translation>
        </message>
        <message>
            <source>Any problem</source>
            <translation>Unrhyw broblem</translation>
        </message>
        <message>
            <source>No engagements match these filters.</source>
            <translation>Nid oes ymgysylltiadau’n cyfateb i’r hidlwyr hyn.</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Cysylltiadau</translation>
        </message>
        <message>
            <source>Our staff</source>
            <translation>Ein staff</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Crynodeb</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Camau dilynol</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>dim perchennog</translation>
        </message>
        <message>
            <source>due {0}</source>
            <translation>erbyn {0}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>yn hwyr</translation>
        </message>
        <message>
            <source>No follow-up actions.</source>
            <translation>Dim camau dilynol.</translation>
        </message>
        <message>
            <source>Logged: {0}</source>
            <translation>Wedi cofnodi: {0}</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>popdesk</source>
            <translation>popdesk</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Aeth rhywbeth o’i le</translation>
        </message>
        <message>
            <source>Details of the error</source>
            <translation>Manylion y gwall</translation>
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation>Dangos y &amp;manylion</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copïo’r manylion</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Cau</translation>
        </message>
        <message>
            <source>popdesk carries on; what you were doing may not have been saved. The details are in {0}.</source>
            <translation>Mae popdesk yn dal i redeg; efallai na chadwyd yr hyn roeddech yn ei wneud. Mae’r manylion yn {0}.</translation>
        </message>
        <message>
            <source>popdesk carries on; what you were doing may not have been saved.</source>
            <translation>Mae popdesk yn dal i redeg; efallai na chadwyd yr hyn roeddech yn ei wneud.</translation>
        </message>
        <message>
            <source>Hide &amp;details</source>
            <translation>Cuddio’r &amp;manylion</translation>
        </message>
        <message>
            <source>Copied for 30 seconds</source>
            <translation>Wedi’i gopïo am 30 eiliad</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>{0} should end in .pdf.</source>
            <translation>Dylai {0} orffen gyda .pdf.</translation>
        </message>
        <message>
            <source>{0} is a folder, not a popdesk store. Give the path of a store file.</source>
            <translation>Ffolder yw {0}, nid storfa popdesk. Rhowch lwybr ffeil storfa.</translation>
        </message>
        <message>
            <source>The folder {0} does not exist.</source>
            <translation>Nid yw’r ffolder {0} yn bodoli.</translation>
        </message>
        <message>
            <source>{0} cannot be read: {1}.</source>
            <translation>Ni ellir darllen {0}: {1}.</translation>
        </message>
        <message>
            <source>{0} is an empty file (0 bytes), not a popdesk store. Nothing was changed; choose another path, or restore the store from a backup.</source>
            <translation>Ffeil wag (0 beit) yw {0}, nid storfa popdesk. Ni newidiwyd dim; dewiswch lwybr arall, neu adferwch y storfa o gopi wrth gefn.</translation>
        </message>
        <message>
            <source>{0} is not a popdesk store: it is not a database file, and no key file ({1}) is beside it, as there is beside every encrypted store. It was left as it was.</source>
            <translation>Nid yw {0} yn storfa popdesk: nid yw’n ffeil cronfa ddata, ac nid oes ffeil allwedd ({1}) wrth ei hymyl, fel sydd wrth ymyl pob storfa wedi’i hamgryptio. Fe’i gadawyd fel yr oedd.</translation>
        </message>
        <message>
            <source>{0} cannot be opened: {1}.</source>
            <translation>Ni ellir agor {0}: {1}.</translation>
        </message>
        <message>
            <source>{0} is a database of another program, not a popdesk store. It was left as it was.</source>
            <translation>Cronfa ddata rhaglen arall yw {0}, nid storfa popdesk. Fe’i gadawyd fel yr oedd.</translation>
        </message>
        <message>
            <source>{0} is damaged and cannot be read ({1}). It was left as it was; restore a backup.</source>
            <translation>Mae {0} wedi’i difrodi ac ni ellir ei darllen ({1}). Fe’i gadawyd fel yr oedd; adferwch gopi wrth gefn.</translation>
        </message>
        <message>
            <source>{0} could not be opened: the disk is full, read-only or refused it ({1}). The store itself is not damaged: free some space or check the disk, then open it again.</source>
            <translation>Ni ellid agor {0}: mae’r ddisg yn llawn, yn ddarllen-yn-unig neu wedi’i gwrthod ({1}). Nid yw’r storfa ei hun wedi’i difrodi: rhyddhewch le neu gwiriwch y ddisg, yna agorwch hi eto.</translation>
        </message>
        <message>
            <source>{0} is damaged ({1}). It was left as it was; restore a backup.</source>
            <translation>Mae {0} wedi’i difrodi ({1}). Fe’i gadawyd fel yr oedd; adferwch gopi wrth gefn.</translation>
        </message>
        <message>
            <source>{0} was written by a newer popdesk (schema {1}). Update popdesk to open it; the file was left as it was.</source>
            <translation>Ysgrifennwyd {0} gan popdesk mwy newydd (sgema {1}). Diweddarwch popdesk i’w hagor; gadawyd y ffeil fel yr oedd.</translation>
        </message>
        <message>
            <source>{0} opens with its key but is not a popdesk store inside. It was left as it was; restore a backup.</source>
            <translation>Mae {0} yn agor gyda’i hallwedd ond nid storfa popdesk sydd y tu mewn. Fe’i gadawyd fel yr oedd; adferwch gopi wrth gefn.</translation>
        </message>
        <message>
            <source>{0} does not open with the key its key file gives ({1}). Either the key file beside it belongs to another store (put the store's own key file back beside it), or the store is damaged (restore a backup). Nothing was changed.</source>
            <translation>Nid yw {0} yn agor gyda’r allwedd a rydd ei ffeil allwedd ({1}). Naill ai mae’r ffeil allwedd wrth ei hymyl yn perthyn i storfa arall (rhowch ffeil allwedd y storfa ei hun yn ôl wrth ei hymyl), neu mae’r storfa wedi’i difrodi (adferwch gopi wrth gefn). Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>This server store was set up by a newer popdesk (schema {0}).</source>
            <translation>Cafodd y storfa weinydd hon ei gosod gan popdesk mwy newydd (sgema {0}).</translation>
        </message>
        <message>
            <source>The server at {0} refused the login: {1}. Check the user name and password (PGPASSWORD or ~/.pgpass).</source>
            <translation>Gwrthododd y gweinydd yn {0} y mewngofnodi: {1}. Gwiriwch yr enw defnyddiwr a'r cyfrinair (PGPASSWORD neu ~/.pgpass).</translation>
        </message>
        <message>
            <source>popdesk could not reach the store at {0}: {1}</source>
            <translation>Ni allai popdesk gyrraedd y storfa yn {0}: {1}</translation>
        </message>
        <message>
            <source>The server at {0} asks for a password: set PGPASSWORD, put it in ~/.pgpass, or run popdesk in a terminal or the app to be asked.</source>
            <translation>Mae'r gweinydd yn {0} yn gofyn am gyfrinair: gosodwch PGPASSWORD, rhowch ef yn ~/.pgpass, neu rhedwch popdesk mewn terfynell neu'r ap i gael eich holi.</translation>
        </message>
        <message>
            <source>{0} was not opened: no password was given.</source>
            <translation>Ni agorwyd {0}: ni roddwyd cyfrinair.</translation>
        </message>
        <message>
            <source>The server at {0} refused the password {1} times.</source>
            <translation>Gwrthododd y gweinydd yn {0} y cyfrinair {1} o weithiau.</translation>
        </message>
        <message>
            <source>{0} is not set up for popdesk. Its owner sets it up with: popdesk --db {0} server setup</source>
            <translation>Nid yw {0} wedi'i gosod ar gyfer popdesk. Mae ei pherchennog yn ei gosod gyda: popdesk --db {0} server setup</translation>
        </message>
        <message>
            <source>{0} was set up by a newer popdesk (schema {1}). Update popdesk to use it; nothing was changed.</source>
            <translation>Cafodd {0} ei gosod gan popdesk mwy newydd (sgema {1}). Diweddarwch popdesk i'w defnyddio; ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>{0} is at an older schema ({1}) than this popdesk ({2}). Ask your administrator to upgrade it (popdesk --db URL server upgrade); nothing was changed.</source>
            <translation>Mae {0} ar sgema hŷn ({1}) na'r popdesk hwn ({2}). Gofynnwch i'ch gweinyddwr ei huwchraddio (popdesk --db URL server upgrade); ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>There is no backup at {0}.</source>
            <translation>Nid oes copi wrth gefn yn {0}.</translation>
        </message>
        <message>
            <source>{0} is not an encrypted popdesk backup. If it is a store from an earlier popdesk, open it with --db (popdesk encrypts it), then back it up.</source>
            <translation>Nid yw {0} yn gopi wrth gefn popdesk wedi’i amgryptio. Os yw’n storfa o popdesk cynharach, agorwch hi gyda --db (mae popdesk yn ei hamgryptio), yna gwnewch gopi wrth gefn ohoni.</translation>
        </message>
        <message>
            <source>{0} has no key file ({1}) beside it, so it cannot be checked or restored. Copy the key file that was made with the backup beside it.</source>
            <translation>Nid oes ffeil allwedd ({1}) wrth ymyl {0}, felly ni ellir ei gwirio na’i hadfer. Copïwch y ffeil allwedd a wnaed gyda’r copi wrth gefn wrth ei ymyl.</translation>
        </message>
        <message>
            <source>The backup {0} is damaged ({1}); it was not restored.</source>
            <translation>Mae’r copi wrth gefn {0} wedi’i ddifrodi ({1}); ni chafodd ei adfer.</translation>
        </message>
        <message>
            <source>That is the store itself, not a backup of it.</source>
            <translation>Dyna’r storfa ei hun, nid copi wrth gefn ohoni.</translation>
        </message>
        <message>
            <source>The copy of {0} did not read back whole; nothing changed.</source>
            <translation>Ni ddarllenodd y copi o {0} yn ôl yn gyfan; ni newidiodd dim.</translation>
        </message>
        <message>
            <source>{0} has no key file</source>
            <translation>Nid oes ffeil allwedd gan {0}</translation>
        </message>
        <message>
            <source>{0} is the store itself (or one of its files): a backup goes to another file. Nothing was written.</source>
            <translation>{0} yw’r storfa ei hun (neu un o’i ffeiliau): mae copi wrth gefn yn mynd i ffeil arall. Ni ysgrifennwyd dim.</translation>
        </message>
        <message>
            <source>{0} already exists, and a backup never writes over a file unless asked to (--replace). Choose another name. Nothing was written.</source>
            <translation>Mae {0} yn bodoli eisoes, ac nid yw copi wrth gefn byth yn ysgrifennu dros ffeil oni ofynnir iddo (--replace). Dewiswch enw arall. Ni ysgrifennwyd dim.</translation>
        </message>
        <message>
            <source>{0} is not a plain file (a link, a folder or a device): a backup replaces only a file. Nothing was written.</source>
            <translation>Nid yw {0} yn ffeil gyffredin (dolen, ffolder neu ddyfais): dim ond ffeil y mae copi wrth gefn yn ei disodli. Ni ysgrifennwyd dim.</translation>
        </message>
        <message>
            <source>That is not the passphrase of {0}: a new recovery key needs the current passphrase. Nothing was changed.</source>
            <translation>Nid dyna gyfrinymadrodd {0}: mae angen y cyfrinymadrodd presennol ar gyfer allwedd adfer newydd. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>popdesk is locked. Unlock it with your passphrase first.</source>
            <translation>Mae popdesk wedi’i gloi. Datglowch ef gyda’ch cyfrinymadrodd yn gyntaf.</translation>
        </message>
        <message>
            <source>popdesk is locked; unlock {0} with your passphrase.</source>
            <translation>Mae popdesk wedi’i gloi; datglowch {0} gyda’ch cyfrinymadrodd.</translation>
        </message>
        <message>
            <source>There is no popdesk store at {0}. Make an empty one with: popdesk --db {1} init (or File, New store in the app)</source>
            <translation>Nid oes storfa popdesk yn {0}. Gwnewch un wag gyda: popdesk --db {1} init (neu Ffeil, Storfa newydd yn yr ap)</translation>
        </message>
        <message>
            <source>popdesk cannot keep the key of {0} in a keyring: {1}. Give a passphrase for the store (POPDESK_PASSPHRASE, or run popdesk in a terminal to be asked). Nothing was created.</source>
            <translation>Ni all popdesk gadw allwedd {0} mewn cylch allweddi: {1}. Rhowch gyfrinymadrodd ar gyfer y storfa (POPDESK_PASSPHRASE, neu rhedwch popdesk mewn terfynell i gael eich holi). Ni chrëwyd dim.</translation>
        </message>
        <message>
            <source>Encrypting {0} did not give a faithful copy ({1}). The plain store was left as it was.</source>
            <translation>Ni roddodd amgryptio {0} gopi ffyddlon ({1}). Gadawyd y storfa heb ei hamgryptio fel yr oedd.</translation>
        </message>
        <message>
            <source>That passphrase does not unlock {0}. Check it (and the keyboard layout), or use the recovery key. The store was left as it was.</source>
            <translation>Nid yw’r cyfrinymadrodd hwnnw’n datgloi {0}. Gwiriwch ef (a chynllun y bysellfwrdd), neu defnyddiwch yr allwedd adfer. Gadawyd y storfa fel yr oedd.</translation>
        </message>
        <message>
            <source>The key of {0} is not available on this computer: {1}. Give its passphrase or recovery key (set POPDESK_PASSPHRASE, or run popdesk in a terminal to be asked).</source>
            <translation>Nid yw allwedd {0} ar gael ar y cyfrifiadur hwn: {1}. Rhowch ei chyfrinymadrodd neu ei hallwedd adfer (gosodwch POPDESK_PASSPHRASE, neu rhedwch popdesk mewn terfynell i gael eich holi).</translation>
        </message>
        <message>
            <source>{0} was not opened: no passphrase was given.</source>
            <translation>Ni agorwyd {0}: ni roddwyd cyfrinymadrodd.</translation>
        </message>
        <message>
            <source>{0} wrong passphrases for {1}; it was not opened and was left as it was.</source>
            <translation>{0} cyfrinymadrodd anghywir ar gyfer {1}; ni chafodd ei hagor a chafodd ei gadael fel yr oedd.</translation>
        </message>
        <message>
            <source>This store already holds data; demo data only goes into an empty store.</source>
            <translation>Mae data yn y storfa hon eisoes; dim ond i storfa wag yr aiff data arddangos.</translation>
        </message>
        <message>
            <source>{0}: {1}.</source>
            <translation>{0}: {1}.</translation>
        </message>
        <message>
            <source>{0}: '{1}' is not a date (use YYYY-MM-DD).</source>
            <translation>{0}: nid yw '{1}' yn ddyddiad (defnyddiwch BBBB-MM-DD).</translation>
        </message>
        <message>
            <source>'{0}' does not look like a web address.</source>
            <translation>Nid yw '{0}' yn edrych fel cyfeiriad gwe.</translation>
        </message>
        <message>
            <source>{0} must be text.</source>
            <translation>{0}: rhaid iddo fod yn destun.</translation>
        </message>
        <message>
            <source>{0} is required.</source>
            <translation>{0}: mae angen hwn.</translation>
        </message>
        <message>
            <source>{0} contains an invisible text-direction character; retype it without pasting.</source>
            <translation>{0}: mae’n cynnwys nod cyfeiriad testun anweledig; teipiwch ef eto heb ei ludo.</translation>
        </message>
        <message>
            <source>{0} cannot contain a line break.</source>
            <translation>{0}: ni all gynnwys toriad llinell.</translation>
        </message>
        <message>
            <source>{0} cannot contain a control character.</source>
            <translation>{0}: ni all gynnwys nod rheoli.</translation>
        </message>
        <message>
            <source>{0} is too long: {1:,} characters, the most is {2:,}.</source>
            <translation>{0}: mae’n rhy hir: {1:,} nod, yr uchafswm yw {2:,}.</translation>
        </message>
        <message>
            <source>'{0}' is not a phone number. Type it as you would dial it, e.g. 020 7946 0123.</source>
            <translation>Nid yw '{0}' yn rhif ffôn. Teipiwch ef fel y byddech yn ei ddeialu, e.e. 029 2018 0123.</translation>
        </message>
        <message>
            <source>'{0}' is not a valid UK phone number; check the digits.</source>
            <translation>Nid yw '{0}' yn rhif ffôn dilys yn y DU; gwiriwch y digidau.</translation>
        </message>
        <message>
            <source>'{0}' is not a valid international phone number; check the digits.</source>
            <translation>Nid yw '{0}' yn rhif ffôn rhyngwladol dilys; gwiriwch y digidau.</translation>
        </message>
        <message>
            <source>'{0}' is not a valid email address: it is too long.</source>
            <translation>Nid yw '{0}' yn gyfeiriad e-bost dilys: mae’n rhy hir.</translation>
        </message>
        <message>
            <source>{0} must be a whole number from 1 to 5.</source>
            <translation>{0}: rhaid iddo fod yn rhif cyfan o 1 i 5.</translation>
        </message>
        <message>
            <source>{0} ({1}) cannot be before {2} ({3}).</source>
            <translation>Ni all {0} ({1}) fod cyn {2} ({3}).</translation>
        </message>
        <message>
            <source>{0} is a folder; give a file name to save to.</source>
            <translation>Ffolder yw {0}; rhowch enw ffeil i gadw iddi.</translation>
        </message>
        <message>
            <source>Use a password of at least 8 characters.</source>
            <translation>Defnyddiwch gyfrinair o 8 nod o leiaf.</translation>
        </message>
        <message>
            <source>{0} is not a well-formed CSV file ({1}).</source>
            <translation>Nid yw {0} yn ffeil CSV ddilys ({1}).</translation>
        </message>
        <message>
            <source>{0} is empty: there is no header row and no contacts.</source>
            <translation>Mae {0} yn wag: nid oes rhes pennawd na chysylltiadau.</translation>
        </message>
        <message>
            <source>{0} has only one column; popdesk needs a header row naming each column (comma, semicolon or tab separated).</source>
            <translation>Dim ond un golofn sydd gan {0}; mae angen rhes pennawd ar popdesk yn enwi pob colofn (wedi’u gwahanu â choma, hanner colon neu dab).</translation>
        </message>
        <message>
            <source>popdesk does not recognise these columns; say which column holds what.</source>
            <translation>Nid yw popdesk yn adnabod y colofnau hyn; dywedwch beth sydd ym mhob colofn.</translation>
        </message>
        <message>
            <source>Choose the column that holds the name.</source>
            <translation>Dewiswch y golofn sy’n dal yr enw.</translation>
        </message>
        <message>
            <source>There is no file at {0}.</source>
            <translation>Nid oes ffeil yn {0}.</translation>
        </message>
        <message>
            <source>{0} is {1}, not {2} file.</source>
            <translation>Mae {0} yn {1}, nid ffeil {2}.</translation>
        </message>
        <message>
            <source>{0} is {1:.0f} MB; popdesk takes {2} files up to {3} MB. Split it, or export fewer contacts at a time.</source>
            <translation>Mae {0} yn {1:.0f} MB; mae popdesk yn derbyn ffeiliau {2} hyd at {3} MB. Rhannwch hi, neu allforiwch lai o gysylltiadau ar y tro.</translation>
        </message>
        <message>
            <source>{0} holds binary data, not {1} text.</source>
            <translation>Mae {0} yn dal data deuaidd, nid testun {1}.</translation>
        </message>
        <message>
            <source>{0} is not in an encoding popdesk knows (UTF-8, UTF-16 or Windows-1252).</source>
            <translation>Nid yw {0} mewn amgodiad y mae popdesk yn ei adnabod (UTF-8, UTF-16 neu Windows-1252).</translation>
        </message>
        <message>
            <source>{0} says it is {1} but is not: it may be damaged.</source>
            <translation>Mae {0} yn dweud ei bod yn {1} ond nid yw: efallai ei bod wedi’i difrodi.</translation>
        </message>
        <message>
            <source>{0} is not a vCard file: it has no BEGIN:VCARD.</source>
            <translation>Nid yw {0} yn ffeil vCard: nid oes ganddi BEGIN:VCARD.</translation>
        </message>
        <message>
            <source>{0} holds more than {1:,} contacts; split it.</source>
            <translation>Mae {0} yn dal mwy na {1:,} o gysylltiadau; rhannwch hi.</translation>
        </message>
        <message>
            <source>{0} holds no contacts.</source>
            <translation>Nid oes cysylltiadau yn {0}.</translation>
        </message>
        <message>
            <source>{0} is not a vCard popdesk can read: its cards are nested thousands deep, which no contacts program writes. Nothing was imported.</source>
            <translation>Nid yw {0} yn vCard y gall popdesk ei darllen: mae ei chardiau wedi’u nythu filoedd yn ddwfn, na fydd unrhyw raglen gysylltiadau yn ei ysgrifennu. Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>{0} is not a vCard popdesk can read ({1}: {2}). Nothing was imported.</source>
            <translation>Nid yw {0} yn vCard y gall popdesk ei darllen ({1}: {2}). Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>'{0}' is not a valid {1}.</source>
            <translation>Nid yw '{0}' yn {1} dilys.</translation>
        </message>
        <message>
            <source>No {0} with id {1}.</source>
            <translation>Dim {0} gyda’r id {1}.</translation>
        </message>
        <message>
            <source>popdesk cannot take the lock {0}: {1}.</source>
            <translation>Ni all popdesk gymryd y clo {0}: {1}.</translation>
        </message>
        <message>
            <source>{0} is open in another popdesk (a window or a command). Close that one first: two programs writing one store would lose changes.</source>
            <translation>Mae {0} ar agor mewn popdesk arall (ffenestr neu orchymyn). Caewch hwnnw yn gyntaf: byddai dwy raglen yn ysgrifennu at un storfa yn colli newidiadau.</translation>
        </message>
        <message>
            <source>The key file {0} cannot be read ({1}).</source>
            <translation>Ni ellir darllen y ffeil allwedd {0} ({1}).</translation>
        </message>
        <message>
            <source>The key file {0} is damaged ({1}). It was left as it was; restore it from a backup (each backup has its key file beside it).</source>
            <translation>Mae’r ffeil allwedd {0} wedi’i difrodi ({1}). Fe’i gadawyd fel yr oedd; adferwch hi o gopi wrth gefn (mae ffeil allwedd gan bob copi wrth gefn wrth ei ymyl).</translation>
        </message>
        <message>
            <source>A passphrase needs at least {0} characters; a few unrelated words are easy to remember and hard to guess.</source>
            <translation>Mae angen o leiaf {0} nod ar gyfrinymadrodd; mae ychydig eiriau digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
        </message>
        <message>
            <source>A passphrase cannot begin or end with a space.</source>
            <translation>Ni all cyfrinymadrodd ddechrau na gorffen â bwlch.</translation>
        </message>
        <message>
            <source>The check of {0} was stopped.</source>
            <translation>Ataliwyd y gwiriad o {0}.</translation>
        </message>
        <message>
            <source>The review date must come after the start date.</source>
            <translation>Rhaid i’r dyddiad adolygu ddod ar ôl y dyddiad dechrau.</translation>
        </message>
        <message>
            <source>An agreement needs at least one partner organisation.</source>
            <translation>Mae angen o leiaf un sefydliad partner ar gytundeb.</translation>
        </message>
        <message>
            <source>The next review must be in the future.</source>
            <translation>Rhaid i’r adolygiad nesaf fod yn y dyfodol.</translation>
        </message>
        <message>
            <source>Someone else changed this record while you were editing it. Reload it and make your change again.</source>
            <translation>Newidiodd rhywun arall y cofnod hwn tra oeddech yn ei olygu. Ail-lwythwch ef a gwnewch eich newid eto.</translation>
        </message>
        <message>
            <source>A checklist template needs at least one item.</source>
            <translation>Mae angen o leiaf un eitem ar dempled rhestr wirio.</translation>
        </message>
        <message>
            <source>Choose csv or vcard.</source>
            <translation>Dewiswch csv neu vcard.</translation>
        </message>
        <message>
            <source>{0} should end in {1}.</source>
            <translation>Dylai {0} orffen gyda {1}.</translation>
        </message>
        <message>
            <source>{0} should end in .ics.</source>
            <translation>Dylai {0} orffen gyda .ics.</translation>
        </message>
        <message>
            <source>{0} is a calendar: popdesk writes calendars (export calendar) but imports contacts only, from .csv or .vcf files.</source>
            <translation>Calendr yw {0}: mae popdesk yn ysgrifennu calendrau (allforio calendr) ond yn mewnforio cysylltiadau yn unig, o ffeiliau .csv neu .vcf.</translation>
        </message>
        <message>
            <source>popdesk imports contacts from .csv and .vcf files; {0} is neither.</source>
            <translation>Mae popdesk yn mewnforio cysylltiadau o ffeiliau .csv a .vcf; nid yw {0} yn un o’r rheini.</translation>
        </message>
        <message>
            <source>The engagement log is for what has happened; that date is in the future.</source>
            <translation>Mae’r cofnod ymgysylltu ar gyfer yr hyn sydd wedi digwydd; mae’r dyddiad hwnnw yn y dyfodol.</translation>
        </message>
        <message>
            <source>Say which of our staff took part.</source>
            <translation>Dywedwch pa rai o’n staff a gymerodd ran.</translation>
        </message>
        <message>
            <source>Say which partner contact or organisation took part.</source>
            <translation>Dywedwch pa gyswllt neu sefydliad partner a gymerodd ran.</translation>
        </message>
        <message>
            <source>Actions cannot come from a {0}.</source>
            <translation>Ni all camau gweithredu ddod o {0}.</translation>
        </message>
        <message>
            <source>Give one owner: a staff member or a contact.</source>
            <translation>Rhowch un perchennog: aelod o staff neu gyswllt.</translation>
        </message>
        <message>
            <source>This action was handed over; change its continuation instead.</source>
            <translation>Trosglwyddwyd y cam hwn; newidiwch ei barhad yn lle hynny.</translation>
        </message>
        <message>
            <source>An action has one owner: a staff member or a contact, not both.</source>
            <translation>Un perchennog sydd gan gam gweithredu: aelod o staff neu gyswllt, nid y ddau.</translation>
        </message>
        <message>
            <source>{0} is no longer active.</source>
            <translation>Nid yw {0} yn weithredol mwyach.</translation>
        </message>
        <message>
            <source>{0} already represents us on {1}.</source>
            <translation>Mae {0} eisoes yn ein cynrychioli ar {1}.</translation>
        </message>
        <message>
            <source>{0} already has a chair from us; end that seat first.</source>
            <translation>Mae gan {0} gadeirydd gennym eisoes; gorffennwch y sedd honno yn gyntaf.</translation>
        </message>
        <message>
            <source>That seat has already ended.</source>
            <translation>Mae’r sedd honno eisoes wedi dod i ben.</translation>
        </message>
        <message>
            <source>No staff member or contact with id {0}.</source>
            <translation>Dim aelod o staff na chyswllt gyda’r id {0}.</translation>
        </message>
        <message>
            <source>{0} already has a handover in progress.</source>
            <translation>Mae gan {0} drosglwyddiad ar y gweill eisoes.</translation>
        </message>
        <message>
            <source>Say why a required item is not needed.</source>
            <translation>Dywedwch pam nad oes angen eitem ofynnol.</translation>
        </message>
        <message>
            <source>The {0} sign-off has already been given.</source>
            <translation>Mae llofnod {0} eisoes wedi’i roi.</translation>
        </message>
        <message>
            <source>Name the successor before they sign off.</source>
            <translation>Enwch yr olynydd cyn iddynt lofnodi.</translation>
        </message>
        <message>
            <source>Give the supervisor's name for the sign-off.</source>
            <translation>Rhowch enw’r goruchwyliwr ar gyfer y llofnod.</translation>
        </message>
        <message>
            <source>The handover cannot be completed yet: {0}.</source>
            <translation>Ni ellir cwblhau’r trosglwyddiad eto: {0}.</translation>
        </message>
        <message>
            <source>The successor must be someone other than the outgoing person.</source>
            <translation>Rhaid i’r olynydd fod yn rhywun heblaw’r unigolyn sy’n gadael.</translation>
        </message>
        <message>
            <source>That handover is {0}; it can no longer be changed.</source>
            <translation>Mae’r trosglwyddiad hwnnw {0}; ni ellir ei newid mwyach.</translation>
        </message>
        <message>
            <source>it is already {0}</source>
            <translation>mae eisoes {0}</translation>
        </message>
        <message>
            <source>no successor is named</source>
            <translation>does dim olynydd wedi’i enwi</translation>
        </message>
        <message>
            <source>{0} is no longer active</source>
            <translation>nid yw {0} yn weithredol mwyach</translation>
        </message>
        <message>
            <source>1 required checklist item is still to do</source>
            <translation>mae 1 eitem ofynnol ar y rhestr wirio i’w gwneud o hyd</translation>
        </message>
        <message>
            <source>{0} required checklist items are still to do</source>
            <translation>mae {0} eitem ofynnol ar y rhestr wirio i’w gwneud o hyd</translation>
        </message>
        <message>
            <source>sign-off missing from {0}</source>
            <translation>llofnod ar goll gan {0}</translation>
        </message>
        <message>
            <source>Unknown field(s): {0}.</source>
            <translation>Maes/meysydd anhysbys: {0}.</translation>
        </message>
        <message>
            <source>This {0} was changed elsewhere since you opened it. Reload it and try again.</source>
            <translation>Newidiwyd y {0} hwn mewn man arall ers i chi ei agor. Ail-lwythwch ef a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>There is already a neighbourhood called {0}.</source>
            <translation>Mae cymdogaeth o’r enw {0} eisoes.</translation>
        </message>
        <message>
            <source>{0} is already a partner on this problem.</source>
            <translation>Mae {0} eisoes yn bartner ar y broblem hon.</translation>
        </message>
        <message>
            <source>That problem is closed; reopen it to move it on.</source>
            <translation>Mae’r broblem honno ar gau; ailagorwch hi i’w symud ymlaen.</translation>
        </message>
        <message>
            <source>This contact has already been erased.</source>
            <translation>Mae’r cyswllt hwn eisoes wedi’i ddileu.</translation>
        </message>
        <message>
            <source>This person is their SPOC in {0} current role(s). End or reassign those roles in the SPOC register first, then erase them.</source>
            <translation>Mae’r unigolyn hwn yn SPOC iddynt mewn {0} rôl gyfredol. Gorffennwch neu ailneilltuwch y rolau hynny yn y gofrestr SPOC yn gyntaf, yna dilëwch nhw.</translation>
        </message>
        <message>
            <source>{0} is deactivated; reactivate it first.</source>
            <translation>Mae {0} wedi’i ddadactifadu; ailactifadwch ef yn gyntaf.</translation>
        </message>
        <message>
            <source>{0} cannot be both SPOC and deputy.</source>
            <translation>Ni all {0} fod yn SPOC ac yn ddirprwy.</translation>
        </message>
        <message>
            <source>That SPOC assignment has already ended.</source>
            <translation>Mae’r neilltuad SPOC hwnnw eisoes wedi dod i ben.</translation>
        </message>
        <message>
            <source>That SPOC assignment has ended; reviews apply to current ones.</source>
            <translation>Mae’r neilltuad SPOC hwnnw wedi dod i ben; mae adolygiadau’n berthnasol i rai cyfredol.</translation>
        </message>
        <message>
            <source>The assignment started on {0:%d %b %Y}; it cannot end before then.</source>
            <translation>Dechreuodd y neilltuad ar {0:%d %b %Y}; ni all ddod i ben cyn hynny.</translation>
        </message>
        <message>
            <source>{0} does not work for {1}.</source>
            <translation>Nid yw {0} yn gweithio i {1}.</translation>
        </message>
        <message>
            <source>Collar or staff number {0} is already in use.</source>
            <translation>Mae’r rhif coler neu staff {0} eisoes yn cael ei ddefnyddio.</translation>
        </message>
        <message>
            <source>Rate one organisation or one contact.</source>
            <translation>Sgoriwch un sefydliad neu un cyswllt.</translation>
        </message>
        <message>
            <source>Name the staff member using popdesk.</source>
            <translation>Enwch yr aelod o staff sy’n defnyddio popdesk.</translation>
        </message>
        <message>
            <source>No staff member is called or numbered '{0}'. Add them first.</source>
            <translation>Does dim aelod o staff o’r enw neu’r rhif '{0}'. Ychwanegwch nhw yn gyntaf.</translation>
        </message>
        <message>
            <source>'{0}' could be any of {1}: give the staff number instead.</source>
            <translation>Gallai '{0}' fod yn unrhyw un o {1}: rhowch y rhif staff yn lle hynny.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Allforio</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Dogfen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dogfen</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;Cadw fel</translation>
        </message>
        <message>
            <source>File to save</source>
            <translation>Ffeil i’w chadw</translation>
        </message>
        <message>
            <source>…/handover-pack.pdf</source>
            <translation>…/pecyn-trosglwyddo.pdf</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Pori…</translation>
        </message>
        <message>
            <source>Choose where to save</source>
            <translation>Dewis ble i gadw</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Pori…</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Marking</source>
            <translation>&amp;Marc diogelwch</translation>
        </message>
        <message>
            <source>Protective marking</source>
            <translation>Marc diogelwch</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;Ar gyfer</translation>
        </message>
        <message>
            <source>Purpose or recipient</source>
            <translation>Diben neu dderbynnydd</translation>
        </message>
        <message>
            <source>purpose or recipient, e.g. handover to PS Hughes (kept in the audit log)</source>
            <translation>diben neu dderbynnydd, e.e. trosglwyddo i’r Rhingyll Hughes (cedwir yn y log archwilio)</translation>
        </message>
        <message>
            <source>Protect with a password (AES-256)</source>
            <translation>Diogelu â chyfrinair (AES-256)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Cyfrinair</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Cyfrinair</translation>
        </message>
        <message>
            <source>&amp;Again</source>
            <translation>&amp;Eto</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Cyfrinair eto</translation>
        </message>
        <message>
            <source>Export {0}</source>
            <translation>Allforio {0}</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Cadw fel</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dogfennau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Say where to save the document.</source>
            <translation>Dywedwch ble i gadw’r ddogfen.</translation>
        </message>
        <message>
            <source>The folder {0} does not exist: choose another with Browse.</source>
            <translation>Nid yw’r ffolder {0} yn bodoli: dewiswch un arall gyda Pori.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Mae’r ddau gyfrinair yn wahanol.</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Wrthi’n ysgrifennu {0}…</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Wedi allforio</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>Wedi cadw {0}.</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Agor y ffeil</translation>
        </message>
        <message>
            <source>Could not write the file: {0}. Nothing was saved.</source>
            <translation>Methu ysgrifennu’r ffeil: {0}. Ni chadwyd dim.</translation>
        </message>
        <message>
            <source>The export failed: {0}</source>
            <translation>Methodd yr allforio: {0}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Dyddiad dechrau</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>SARA stage</source>
            <translation>Cam SARA</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Rheswm</translation>
        </message>
        <message>
            <source>Purpose or recipient</source>
            <translation>Diben neu dderbynnydd</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Blaenoriaeth</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Marc diogelwch</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Dyddiad cau</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Ardal</translation>
        </message>
        <message>
            <source>Working approach</source>
            <translation>Dull gweithio</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Gwefan</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Pwnc</translation>
        </message>
        <message>
            <source>Template name</source>
            <translation>Enw’r templed</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tîm</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Llofnodi</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Chwilio</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Dyddiad adolygu</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Rank or grade</source>
            <translation>Rheng neu radd</translation>
        </message>
        <message>
            <source>Preferred channel</source>
            <translation>Hoff ffordd o gysylltu</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Swydd</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Rhif ffôn</translation>
        </message>
        <message>
            <source>Phone label</source>
            <translation>Label y ffôn</translation>
        </message>
        <message>
            <source>Party role</source>
            <translation>Rôl y parti</translation>
        </message>
        <message>
            <source>Officer or staff</source>
            <translation>Swyddog neu staff</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Cymdogaeth</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translation>Sail gyfreithlon</translation>
        </message>
        <message>
            <source>Kind of group</source>
            <translation>Math o grŵp</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Diddordeb</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Dylanwad</translation>
        </message>
        <message>
            <source>In post since</source>
            <translation>Yn y swydd ers</translation>
        </message>
        <message>
            <source>How often it meets</source>
            <translation>Pa mor aml mae’n cyfarfod</translation>
        </message>
        <message>
            <source>Expected move</source>
            <translation>Symud disgwyliedig</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Dyddiad gorffen</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Cyfeiriad e-bost</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Cyfeiriad rhannu</translation>
        </message>
        <message>
            <source>Data-protection basis</source>
            <translation>Sail diogelu data</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Ffynhonnell data</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Cyfeiriad</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Discard your changes?</source>
            <translation>Taflu eich newidiadau?</translation>
        </message>
        <message>
            <source>What you typed in this form has not been saved.</source>
            <translation>Nid yw’r hyn a deipiwyd gennych yn y ffurflen hon wedi’i gadw.</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Taflu</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>Partnership group</source>
            <translation>Grŵp partneriaeth</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>e.g. Riverside PACT</source>
            <translation>e.e. PACT Glan yr Afon</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Math</translation>
        </message>
        <message>
            <source>Kind of group</source>
            <translation>Math o grŵp</translation>
        </message>
        <message>
            <source>&amp;Meets</source>
            <translation>&amp;Cyfarfod</translation>
        </message>
        <message>
            <source>How often it meets</source>
            <translation>Pa mor aml mae’n cyfarfod</translation>
        </message>
        <message>
            <source>&amp;Chaired by</source>
            <translation>&amp;Cadeirydd</translation>
        </message>
        <message>
            <source>Chair organisation</source>
            <translation>Sefydliad y cadeirydd</translation>
        </message>
        <message>
            <source>Neigh&amp;bourhood</source>
            <translation>C&amp;ymdogaeth</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Cymdogaeth</translation>
        </message>
        <message>
            <source>Member &amp;organisations</source>
            <translation>&amp;Sefydliadau sy’n aelodau</translation>
        </message>
        <message>
            <source>Member organisations</source>
            <translation>Sefydliadau sy’n aelodau</translation>
        </message>
        <message>
            <source>Member &amp;contacts</source>
            <translation>C&amp;ysylltiadau sy’n aelodau</translation>
        </message>
        <message>
            <source>Member contacts</source>
            <translation>Cysylltiadau sy’n aelodau</translation>
        </message>
        <message>
            <source>&amp;Terms of reference</source>
            <translation>Cylch &amp;gorchwyl</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Cylch gorchwyl</translation>
        </message>
        <message>
            <source>New partnership group</source>
            <translation>Grŵp partneriaeth newydd</translation>
        </message>
        <message>
            <source>Not chaired by a partner</source>
            <translation>Heb ei gadeirio gan bartner</translation>
        </message>
        <message>
            <source>Borough-wide</source>
            <translation>Ledled y fwrdeistref</translation>
        </message>
    </context>
    <context>
        <name>GroupsView</name>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Which groups to show</source>
            <translation>Pa grwpiau i’w dangos</translation>
        </message>
        <message>
            <source>&amp;New group…</source>
            <translation>Grŵp &amp;newydd…</translation>
        </message>
        <message>
            <source>Add a partnership group (Ctrl+N)</source>
            <translation>Ychwanegu grŵp partneriaeth (Ctrl+N)</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Grŵp newydd…</translation>
        </message>
        <message>
            <source>&amp;Representative…</source>
            <translation>&amp;Cynrychiolydd…</translation>
        </message>
        <message>
            <source>Add one of our staff as a representative on the selected group</source>
            <translation>Ychwanegu un o’n staff yn gynrychiolydd ar y grŵp a ddewiswyd</translation>
        </message>
        <message>
            <source>Representative…</source>
            <translation>Cynrychiolydd…</translation>
        </message>
        <message>
            <source>&amp;End seat…</source>
            <translation>&amp;Gorffen sedd…</translation>
        </message>
        <message>
            <source>End a representative's seat; it stays in the history</source>
            <translation>Gorffen sedd cynrychiolydd; mae’n aros yn yr hanes</translation>
        </message>
        <message>
            <source>End seat…</source>
            <translation>Gorffen sedd…</translation>
        </message>
        <message>
            <source>&amp;Schedule meeting…</source>
            <translation>&amp;Trefnu cyfarfod…</translation>
        </message>
        <message>
            <source>Schedule the group's next meeting</source>
            <translation>Trefnu cyfarfod nesaf y grŵp</translation>
        </message>
        <message>
            <source>Schedule meeting…</source>
            <translation>Trefnu cyfarfod…</translation>
        </message>
        <message>
            <source>Record &amp;meeting…</source>
            <translation>Cofnodi c&amp;yfarfod…</translation>
        </message>
        <message>
            <source>Write up a meeting: attendance, notes, decisions, actions</source>
            <translation>Cofnodi cyfarfod: presenoldeb, nodiadau, penderfyniadau, camau gweithredu</translation>
        </message>
        <message>
            <source>Record meeting…</source>
            <translation>Cofnodi cyfarfod…</translation>
        </message>
        <message>
            <source>&amp;Brief…</source>
            <translation>&amp;Papur briffio…</translation>
        </message>
        <message>
            <source>Export the brief for the group's next meeting as a PDF</source>
            <translation>Allforio’r papur briffio ar gyfer cyfarfod nesaf y grŵp fel PDF</translation>
        </message>
        <message>
            <source>Brief…</source>
            <translation>Papur briffio…</translation>
        </message>
        <message>
            <source>Partnership groups</source>
            <translation>Grwpiau partneriaeth</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grŵp</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Yn cyfarfod</translation>
        </message>
        <message>
            <source>Our representatives</source>
            <translation>Ein cynrychiolwyr</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Dim</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Cyfarfod nesaf</translation>
        </message>
        <message>
            <source>Attention</source>
            <translation>Sylw</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Pob grŵp</translation>
        </message>
        <message>
            <source>No representative</source>
            <translation>Dim cynrychiolydd</translation>
        </message>
        <message>
            <source>Representative handing over</source>
            <translation>Cynrychiolydd yn trosglwyddo</translation>
        </message>
        <message>
            <source>Handing over</source>
            <translation>Yn trosglwyddo</translation>
        </message>
        <message>
            <source>No groups to show.</source>
            <translation>Dim grwpiau i’w dangos.</translation>
        </message>
        <message>
            <source>meets {0}</source>
            <translation>yn cyfarfod {0}</translation>
        </message>
        <message>
            <source>Chaired by</source>
            <translation>Cadeirydd</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Cymdogaeth</translation>
        </message>
        <message>
            <source>Borough-wide</source>
            <translation>Ledled y fwrdeistref</translation>
        </message>
        <message>
            <source>none scheduled</source>
            <translation>dim wedi’i drefnu</translation>
        </message>
        <message>
            <source>{0} since {1}</source>
            <translation>{0} ers {1}</translation>
        </message>
        <message>
            <source>handing over</source>
            <translation>yn trosglwyddo</translation>
        </message>
        <message>
            <source>Nobody represents us on this group.</source>
            <translation>Does neb yn ein cynrychioli ar y grŵp hwn.</translation>
        </message>
        <message>
            <source>Past representatives</source>
            <translation>Cyn-gynrychiolwyr</translation>
        </message>
        <message>
            <source>{0}, {1} to {2}</source>
            <translation>{0}, {1} hyd at {2}</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Cyfarfodydd</translation>
        </message>
        <message>
            <source>No meetings yet.</source>
            <translation>Dim cyfarfodydd eto.</translation>
        </message>
        <message>
            <source>Member organisations</source>
            <translation>Sefydliadau sy’n aelodau</translation>
        </message>
        <message>
            <source>No member organisations recorded.</source>
            <translation>Dim sefydliadau sy’n aelodau wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Member contacts</source>
            <translation>Cysylltiadau sy’n aelodau</translation>
        </message>
        <message>
            <source>No member contacts recorded.</source>
            <translation>Dim cysylltiadau sy’n aelodau wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Cylch gorchwyl</translation>
        </message>
        <message>
            <source>Added {0}</source>
            <translation>Wedi ychwanegu {0}</translation>
        </message>
        <message>
            <source>{0} added</source>
            <translation>Wedi ychwanegu {0}</translation>
        </message>
        <message>
            <source>End a seat</source>
            <translation>Gorffen sedd</translation>
        </message>
        <message>
            <source>Whose seat on {0} ends?</source>
            <translation>Sedd pwy ar {0} sy’n dod i ben?</translation>
        </message>
        <message>
            <source>Why does it end? (kept in the history)</source>
            <translation>Pam mae’n dod i ben? (cedwir yn yr hanes)</translation>
        </message>
        <message>
            <source>{0} no longer represents us on {1}</source>
            <translation>Nid yw {0} yn ein cynrychioli ar {1} mwyach</translation>
        </message>
        <message>
            <source>Save the calendar</source>
            <translation>Cadw’r calendr</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Ffeiliau calendr (*.ics)</translation>
        </message>
        <message>
            <source>{0} has no meetings yet; schedule one first.</source>
            <translation>Nid oes gan {0} gyfarfodydd eto; trefnwch un yn gyntaf.</translation>
        </message>
        <message>
            <source>Meeting brief: {0}, {1}</source>
            <translation>Papur briffio cyfarfod: {0}, {1}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Wedi cadw {0}</translation>
        </message>
        <message>
            <source>Record a meeting</source>
            <translation>Cofnodi cyfarfod</translation>
        </message>
        <message>
            <source>Which meeting?</source>
            <translation>Pa gyfarfod?</translation>
        </message>
        <message>
            <source>Saved the {0} meeting of {1}</source>
            <translation>Wedi cadw cyfarfod {0} {1}</translation>
        </message>
    </context>
    <context>
        <name>HandoverStartDialog</name>
        <message>
            <source>Start a handover</source>
            <translation>Dechrau trosglwyddiad</translation>
        </message>
        <message>
            <source>&amp;Outgoing</source>
            <translation>&amp;Ymadawol</translation>
        </message>
        <message>
            <source>Outgoing staff member</source>
            <translation>Aelod o staff sy’n gadael</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Successor</source>
            <translation>&amp;Olynydd</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Olynydd</translation>
        </message>
        <message>
            <source>Su&amp;pervisor</source>
            <translation>&amp;Goruchwyliwr</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Goruchwyliwr</translation>
        </message>
        <message>
            <source>&amp;Post</source>
            <translation>&amp;Swydd</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Swydd</translation>
        </message>
        <message>
            <source>e.g. Neighbourhood sergeant – Riverside</source>
            <translation>e.e. Rhingyll cymdogaeth – Glan yr Afon</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Erbyn</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Dyddiad cau</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Rhestr wirio</translation>
        </message>
        <message>
            <source>Checklist template</source>
            <translation>Templed rhestr wirio</translation>
        </message>
        <message>
            <source>Choose who is moving post</source>
            <translation>Dewiswch pwy sy’n symud swydd</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Heb ei wybod eto</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Dechrau</translation>
        </message>
        <message>
            <source>Choose who is moving post.</source>
            <translation>Dewiswch pwy sy’n symud swydd.</translation>
        </message>
    </context>
    <context>
        <name>HandoversView</name>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Which handovers to show</source>
            <translation>Pa drosglwyddiadau i’w dangos</translation>
        </message>
        <message>
            <source>&amp;Start handover…</source>
            <translation>&amp;Dechrau trosglwyddiad…</translation>
        </message>
        <message>
            <source>Start a handover for someone moving post (Ctrl+N)</source>
            <translation>Dechrau trosglwyddiad i rywun sy’n symud swydd (Ctrl+N)</translation>
        </message>
        <message>
            <source>Start handover…</source>
            <translation>Dechrau trosglwyddiad…</translation>
        </message>
        <message>
            <source>Checklist &amp;templates…</source>
            <translation>&amp;Templedi rhestr wirio…</translation>
        </message>
        <message>
            <source>Edit the checklist templates</source>
            <translation>Golygu’r templedi rhestr wirio</translation>
        </message>
        <message>
            <source>Checklist templates…</source>
            <translation>Templedi rhestr wirio…</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>Trosglwyddiadau</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Trosglwyddiad</translation>
        </message>
        <message>
            <source>Checklist progress</source>
            <translation>Cynnydd y rhestr wirio</translation>
        </message>
        <message>
            <source>%v of %m items done</source>
            <translation>%v o %m eitem wedi’u gwneud</translation>
        </message>
        <message>
            <source>Name &amp;successor…</source>
            <translation>Enwi &amp;olynydd…</translation>
        </message>
        <message>
            <source>Name who takes over</source>
            <translation>Enwi pwy sy’n cymryd yr awenau</translation>
        </message>
        <message>
            <source>Name successor…</source>
            <translation>Enwi olynydd…</translation>
        </message>
        <message>
            <source>Set su&amp;pervisor…</source>
            <translation>Gosod &amp;goruchwyliwr…</translation>
        </message>
        <message>
            <source>Name the supervisor who signs off</source>
            <translation>Enwi’r goruchwyliwr sy’n llofnodi</translation>
        </message>
        <message>
            <source>Set supervisor…</source>
            <translation>Gosod goruchwyliwr…</translation>
        </message>
        <message>
            <source>Handover &amp;pack…</source>
            <translation>&amp;Pecyn trosglwyddo…</translation>
        </message>
        <message>
            <source>Export the handover pack as a PDF</source>
            <translation>Allforio’r pecyn trosglwyddo fel PDF</translation>
        </message>
        <message>
            <source>Handover pack…</source>
            <translation>Pecyn trosglwyddo…</translation>
        </message>
        <message>
            <source>Handover checklist</source>
            <translation>Rhestr wirio trosglwyddo</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>Ticked by</source>
            <translation>Ticiwyd gan</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Wedi’i wneud</translation>
        </message>
        <message>
            <source>Mark the selected item done (Space)</source>
            <translation>Nodi bod yr eitem a ddewiswyd wedi’i gwneud (Bylchwr)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi’i wneud</translation>
        </message>
        <message>
            <source>&amp;Not needed…</source>
            <translation>&amp;Dim angen…</translation>
        </message>
        <message>
            <source>Mark the selected item not needed, saying why</source>
            <translation>Nodi nad oes angen yr eitem a ddewiswyd, gan ddweud pam</translation>
        </message>
        <message>
            <source>Not needed…</source>
            <translation>Dim angen…</translation>
        </message>
        <message>
            <source>Back to &amp;do</source>
            <translation>Yn ôl i’w &amp;gwneud</translation>
        </message>
        <message>
            <source>Mark the selected item as still to do</source>
            <translation>Nodi bod yr eitem a ddewiswyd i’w gwneud o hyd</translation>
        </message>
        <message>
            <source>Back to do</source>
            <translation>Yn ôl i’w gwneud</translation>
        </message>
        <message>
            <source>Add n&amp;ote…</source>
            <translation>Ychwanegu n&amp;odyn…</translation>
        </message>
        <message>
            <source>Add a note to the selected item</source>
            <translation>Ychwanegu nodyn at yr eitem a ddewiswyd</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Ychwanegu nodyn…</translation>
        </message>
        <message>
            <source>Sign off: outgoing</source>
            <translation>Llofnodi: ymadawol</translation>
        </message>
        <message>
            <source>The outgoing person signs off</source>
            <translation>Yr unigolyn sy’n gadael yn llofnodi</translation>
        </message>
        <message>
            <source>Sign off: incoming</source>
            <translation>Llofnodi: olynydd</translation>
        </message>
        <message>
            <source>The successor signs off</source>
            <translation>Yr olynydd yn llofnodi</translation>
        </message>
        <message>
            <source>Sign off: supervisor</source>
            <translation>Llofnodi: goruchwyliwr</translation>
        </message>
        <message>
            <source>The supervisor signs off</source>
            <translation>Y goruchwyliwr yn llofnodi</translation>
        </message>
        <message>
            <source>&amp;Complete handover…</source>
            <translation>&amp;Cwblhau’r trosglwyddiad…</translation>
        </message>
        <message>
            <source>Move every role to the successor</source>
            <translation>Symud pob rôl i’r olynydd</translation>
        </message>
        <message>
            <source>Complete handover…</source>
            <translation>Cwblhau’r trosglwyddiad…</translation>
        </message>
        <message>
            <source>SPOC roles</source>
            <translation>Rolau SPOC</translation>
        </message>
        <message>
            <source>Group seats</source>
            <translation>Seddi ar grwpiau</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Camau gweithredu agored</translation>
        </message>
        <message>
            <source>Live problems</source>
            <translation>Problemau byw</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Cytundebau</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Rhestr wirio</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Ar y gweill</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Wedi’i gwblhau</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Y cyfan</translation>
        </message>
        <message>
            <source>successor not named</source>
            <translation>dim olynydd wedi’i enwi</translation>
        </message>
        <message>
            <source>{0} of {1} done · {2}</source>
            <translation>{0} o {1} wedi’u gwneud · {2}</translation>
        </message>
        <message>
            <source>&lt;i&gt;No handovers here. Start one when someone moves post.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Dim trosglwyddiadau yma. Dechreuwch un pan fydd rhywun yn symud swydd.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Sign off: {0}</source>
            <translation>Llofnodi: {0}</translation>
        </message>
        <message>
            <source>{0} ✓ {1}, {2}</source>
            <translation>{0} ✓ {1}, {2}</translation>
        </message>
        <message>
            <source>  (optional)</source>
            <translation>  (dewisol)</translation>
        </message>
        <message>
            <source>supervisor {0}</source>
            <translation>goruchwyliwr {0}</translation>
        </message>
        <message>
            <source>due {0}</source>
            <translation>erbyn {0}</translation>
        </message>
        <message>
            <source>Completed {0}; this record stays as it was.</source>
            <translation>Wedi’i gwblhau {0}; mae’r cofnod hwn yn aros fel yr oedd.</translation>
        </message>
        <message>
            <source>To complete: {0}.</source>
            <translation>I’w gwblhau: {0}.</translation>
        </message>
        <message>
            <source>Ready to complete.</source>
            <translation>Yn barod i’w gwblhau.</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Dim angen</translation>
        </message>
        <message>
            <source>Why is this not needed?</source>
            <translation>Pam nad oes angen hyn?</translation>
        </message>
        <message>
            <source>Note on this item:</source>
            <translation>Nodyn ar yr eitem hon:</translation>
        </message>
        <message>
            <source>Name the successor</source>
            <translation>Enwi’r olynydd</translation>
        </message>
        <message>
            <source>Set the supervisor</source>
            <translation>Gosod y goruchwyliwr</translation>
        </message>
        <message>
            <source>Supervisor sign-off</source>
            <translation>Llofnod y goruchwyliwr</translation>
        </message>
        <message>
            <source>Supervisor's name:</source>
            <translation>Enw’r goruchwyliwr:</translation>
        </message>
        <message>
            <source>{0} signs off this handover as the {1}. The date and time are recorded and printed on the handover pack; a sign-off cannot be taken back.</source>
            <translation>Mae {0} yn cymeradwyo’r trosglwyddiad hwn fel y {1}. Cofnodir y dyddiad a’r amser a’u hargraffu ar y pecyn trosglwyddo; ni ellir tynnu cymeradwyaeth yn ôl.</translation>
        </message>
        <message>
            <source>You are signing on {0}'s behalf: the sign-off will say it was recorded by {1}.</source>
            <translation>Rydych yn cymeradwyo ar ran {0}: bydd y gymeradwyaeth yn dweud iddi gael ei chofnodi gan {1}.</translation>
        </message>
        <message>
            <source>popdesk does not know who is using it (File, Settings): the sign-off will not say who recorded it.</source>
            <translation>Nid yw popdesk yn gwybod pwy sy’n ei ddefnyddio (Ffeil, Gosodiadau): ni fydd y gymeradwyaeth yn dweud pwy a’i cofnododd.</translation>
        </message>
        <message>
            <source>Sign off as {0}?</source>
            <translation>Cymeradwyo fel {0}?</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Cymeradwyo</translation>
        </message>
        <message>
            <source>{0} sign-off recorded</source>
            <translation>Llofnod {0} wedi’i gofnodi</translation>
        </message>
        <message>
            <source>Not yet: </source>
            <translation>Ddim eto: </translation>
        </message>
        <message>
            <source>(nothing is held)</source>
            <translation>(nid oes dim yn cael ei ddal)</translation>
        </message>
        <message>
            <source>Completing moves these from {0} to {1}, ending {0}'s records and starting new ones (the history is kept):

{2}

Complete the handover?</source>
            <translation>Mae cwblhau’n symud y rhain o {0} i {1}, gan ddod â chofnodion {0} i ben a dechrau rhai newydd (cedwir yr hanes):

{2}

Cwblhau’r trosglwyddiad?</translation>
        </message>
        <message>
            <source>Complete handover</source>
            <translation>Cwblhau’r trosglwyddiad</translation>
        </message>
        <message>
            <source>Handover complete: {0} moved to {1}</source>
            <translation>Trosglwyddiad wedi’i gwblhau: {0} wedi’u symud i {1}</translation>
        </message>
        <message>
            <source>Handover pack: {0}</source>
            <translation>Pecyn trosglwyddo: {0}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Wedi cadw {0}</translation>
        </message>
        <message>
            <source>Started the handover of {0}</source>
            <translation>Wedi dechrau trosglwyddiad {0}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import contacts</source>
            <translation>Mewnforio cysylltiadau</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Dewis ffeil</translation>
        </message>
        <message>
            <source>Contacts exported from Outlook, Google Contacts, a phone or a spreadsheet: .csv or .vcf.</source>
            <translation>Cysylltiadau wedi’u hallforio o Outlook, Google Contacts, ffôn neu daenlen: .csv neu .vcf.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Ffeil i’w mewnforio</translation>
        </message>
        <message>
            <source>…/contacts.csv</source>
            <translation>…/cysylltiadau.csv</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Pori…</translation>
        </message>
        <message>
            <source>Why the file cannot be imported</source>
            <translation>Pam na ellir mewnforio’r ffeil</translation>
        </message>
        <message>
            <source>Say which column holds what</source>
            <translation>Dywedwch beth sydd ym mhob colofn</translation>
        </message>
        <message>
            <source>popdesk does not recognise this file's columns.</source>
            <translation>Nid yw popdesk yn adnabod colofnau’r ffeil hon.</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Gwirio cyn mewnforio</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import.</source>
            <translation>Nid oes dim yn cael ei ysgrifennu nes i chi bwyso Mewnforio.</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Beth fydd y mewnforio’n ei wneud</translation>
        </message>
        <message>
            <source>Show only the rows that will &amp;not be imported</source>
            <translation>Dangos dim ond y rhesi na fydd yn cael eu &amp;mewnforio</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Rhesi’r ffeil</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Cynnydd y mewnforio</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Wedi’i fewnforio</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>Beth a fewnforiwyd</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Enw llawn</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Symudol</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Newydd</translation>
        </message>
        <message>
            <source>Already in popdesk</source>
            <translation>Eisoes yn popdesk</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Gwrthodwyd</translation>
        </message>
        <message>
            <source>Recognised without any setting up: popdesk's own CSV, Outlook's and Google Contacts' CSV exports, and vCard files (.vcf) from Outlook, Apple Contacts, Google and Android phones. Any other CSV: you say which column holds what.</source>
            <translation>Yn cael eu hadnabod heb unrhyw osod: CSV popdesk ei hun, allforion CSV Outlook a Google Contacts, a ffeiliau vCard (.vcf) o Outlook, Apple Contacts, Google a ffonau Android. Unrhyw CSV arall: chi sy’n dweud beth sydd ym mhob colofn.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Beth sy’n digwydd</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <source>Import contacts from</source>
            <translation>Mewnforio cysylltiadau o</translation>
        </message>
        <message>
            <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
            <translation>Cysylltiadau (*.csv *.vcf *.vcard);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Choose the file to import.</source>
            <translation>Dewiswch y ffeil i’w mewnforio.</translation>
        </message>
        <message>
            <source>(not in this file)</source>
            <translation>(nid yn y ffeil hon)</translation>
        </message>
        <message>
            <source>e.g. {0}</source>
            <translation>e.e. {0}</translation>
        </message>
        <message>
            <source>{0} ({1}): {2}.</source>
            <translation>{0} ({1}): {2}.</translation>
        </message>
        <message>
            <source>New organisations, made with their sector to be set: {0}</source>
            <translation>Sefydliadau newydd, wedi’u creu gyda’u sector i’w osod: {0}</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(dim enw)</translation>
        </message>
        <message>
            <source>&amp;Import {0} contacts</source>
            <translation>&amp;Mewnforio {0} o gysylltiadau</translation>
        </message>
        <message>
            <source>There is nothing new to import.</source>
            <translation>Nid oes dim byd newydd i’w fewnforio.</translation>
        </message>
        <message>
            <source>Imported {0} contacts and {1} new organisations; {2} rows were left out.</source>
            <translation>Wedi mewnforio {0} o gysylltiadau a {1} o sefydliadau newydd; gadawyd {2} o resi allan.</translation>
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation>Ni fewnforiwyd dim: {0}</translation>
        </message>
    </context>
    <context>
        <name>Items</name>
        <message>
            <source>Deputy SPOC for {0}</source>
            <translation>Dirprwy SPOC ar gyfer {0}</translation>
        </message>
        <message>
            <source>SPOC for {0}</source>
            <translation>SPOC ar gyfer {0}</translation>
        </message>
        <message>
            <source>Seat on {0}</source>
            <translation>Sedd ar {0}</translation>
        </message>
        <message>
            <source>Lead on problem: {0}</source>
            <translation>Arwain ar broblem: {0}</translation>
        </message>
        <message>
            <source>Owner of agreement: {0}</source>
            <translation>Perchennog cytundeb: {0}</translation>
        </message>
    </context>
    <context>
        <name>Keyrings</name>
        <message>
            <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
            <translation>cylch allweddi’r Secret Service (GNOME Keyring neu KWallet)</translation>
        </message>
        <message>
            <source>the libsecret keyring (GNOME Keyring)</source>
            <translation>cylch allweddi libsecret (GNOME Keyring)</translation>
        </message>
        <message>
            <source>KWallet</source>
            <translation>KWallet</translation>
        </message>
        <message>
            <source>the macOS Keychain</source>
            <translation>Keychain macOS</translation>
        </message>
        <message>
            <source>Windows Credential Manager</source>
            <translation>Rheolwr Manylion Adnabod Windows</translation>
        </message>
        <message>
            <source>no keyring</source>
            <translation>dim cylch allweddi</translation>
        </message>
        <message>
            <source>the null keyring</source>
            <translation>y cylch allweddi gwag</translation>
        </message>
        <message>
            <source>memory only (a demo store, discarded on exit)</source>
            <translation>y cof yn unig (storfa arddangos, caiff ei thaflu wrth gau)</translation>
        </message>
        <message>
            <source>there is no keyring on this computer</source>
            <translation>nid oes cylch allweddi ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>the keyring is set to the null backend, which throws secrets away</source>
            <translation>mae’r cylch allweddi wedi’i osod i’r ôl-wyneb gwag, sy’n taflu cyfrinachau</translation>
        </message>
        <message>
            <source>the keyring is locked</source>
            <translation>mae’r cylch allweddi wedi’i gloi</translation>
        </message>
        <message>
            <source>the keyring holds a different key for this store</source>
            <translation>mae gan y cylch allweddi allwedd wahanol ar gyfer y storfa hon</translation>
        </message>
        <message>
            <source>the key is not in {0}</source>
            <translation>nid yw’r allwedd yn {0}</translation>
        </message>
        <message>
            <source>the keyring cannot be reached ({0}</source>
            <translation>ni ellir cyrraedd y cylch allweddi ({0}</translation>
        </message>
        <message>
            <source>the keyring failed ({0}</source>
            <translation>methodd y cylch allweddi ({0}</translation>
        </message>
        <message>
            <source>Key stored in {0}</source>
            <translation>Allwedd wedi’i chadw yn {0}</translation>
        </message>
        <message>
            <source>Key not in a keyring ({0}): popdesk asks for the passphrase</source>
            <translation>Nid yw’r allwedd mewn cylch allweddi ({0}): mae popdesk yn gofyn am y cyfrinymadrodd</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Engagement</source>
            <translation>Ymgysylltiad</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Cyswllt</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Trosglwyddo</translation>
        </message>
        <message>
            <source>Handover item</source>
            <translation>Eitem trosglwyddo</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Locked</source>
            <translation>Wedi’i gloi</translation>
        </message>
        <message>
            <source>popdesk is locked</source>
            <translation>Mae popdesk wedi’i gloi</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Datgloi…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>popdesk</source>
            <translation>popdesk</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Adrannau</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dangosfwrdd</translation>
        </message>
        <message>
            <source>Section title</source>
            <translation>Teitl yr adran</translation>
        </message>
        <message>
            <source>Search everything (Ctrl+K)</source>
            <translation>Chwilio popeth (Ctrl+K)</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Chwilio popeth</translation>
        </message>
        <message>
            <source>Current section</source>
            <translation>Yr adran gyfredol</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Cysylltiadau</translation>
        </message>
        <message>
            <source>SPOC register</source>
            <translation>Cofrestr SPOC</translation>
        </message>
        <message>
            <source>Engagement log</source>
            <translation>Cofnod ymgysylltu</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grwpiau</translation>
        </message>
        <message>
            <source>Handovers</source>
            <translation>Trosglwyddiadau</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemau</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Cytundebau</translation>
        </message>
        <message>
            <source>Stakeholder map</source>
            <translation>Map rhanddeiliaid</translation>
        </message>
        <message>
            <source>SPOCs</source>
            <translation>SPOCs</translation>
        </message>
        <message>
            <source>Open store</source>
            <translation>Y storfa agored</translation>
        </message>
        <message>
            <source>Opening the store…</source>
            <translation>Wrthi’n agor y storfa…</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Amgryptio</translation>
        </message>
        <message>
            <source>Today's reminders</source>
            <translation>Nodiadau atgoffa heddiw</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <source>&amp;New store…</source>
            <translation>Storfa &amp;newydd…</translation>
        </message>
        <message>
            <source>&amp;Open store…</source>
            <translation>A&amp;gor storfa…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Adnewyddu</translation>
        </message>
        <message>
            <source>&amp;Import contacts…</source>
            <translation>&amp;Mewnforio cysylltiadau…</translation>
        </message>
        <message>
            <source>Export a &amp;calendar…</source>
            <translation>Allforio &amp;calendr…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Offer</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Mynd</translation>
        </message>
        <message>
            <source>&amp;Search everything</source>
            <translation>&amp;Chwilio popeth</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Cofnod</translation>
        </message>
        <message>
            <source>&amp;New in this section</source>
            <translation>&amp;Newydd yn yr adran hon</translation>
        </message>
        <message>
            <source>&amp;Log engagement…</source>
            <translation>&amp;Cofnodi ymgysylltiad…</translation>
        </message>
        <message>
            <source>&amp;Assign SPOC…</source>
            <translation>&amp;Neilltuo SPOC…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <source>&amp;Where is my data?</source>
            <translation>&amp;Ble mae fy nata?</translation>
        </message>
        <message>
            <source>&amp;About popdesk</source>
            <translation>&amp;Ynghylch popdesk</translation>
        </message>
        <message>
            <source>Refreshed</source>
            <translation>Wedi adnewyddu</translation>
        </message>
        <message>
            <source>Staff members are chosen in the records they hold; search found one.</source>
            <translation>Dewisir aelodau o staff yn y cofnodion sydd ganddynt; daeth y chwiliad o hyd i un.</translation>
        </message>
        <message>
            <source>Encrypted with SQLCipher (AES-256). {0}.
Backups: {1}</source>
            <translation>Wedi’i amgryptio gyda SQLCipher (AES-256). {0}.
Copïau wrth gefn: {1}</translation>
        </message>
        <message>
            <source>Where is my data?</source>
            <translation>Ble mae fy nata?</translation>
        </message>
        <message>
            <source>About popdesk</source>
            <translation>Ynghylch popdesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;popdesk {0}&lt;/b&gt;&lt;br&gt;Partnership working for neighbourhood policing teams, after the College of Policing guidance &lt;i&gt;Engaging with partners&lt;/i&gt;.</source>
            <translation>&lt;b&gt;popdesk {0}&lt;/b&gt;&lt;br&gt;Gweithio mewn partneriaeth i dimau plismona bro, yn ôl canllawiau’r Coleg Plismona &lt;i&gt;Ymgysylltu â phartneriaid&lt;/i&gt;.</translation>
        </message>
        <message>
            <source>Demo store</source>
            <translation>Storfa arddangos</translation>
        </message>
        <message>
            <source>Server store: {0}</source>
            <translation>Storfa weinydd: {0}</translation>
        </message>
        <message>
            <source>Demo store (discarded on exit): {0}</source>
            <translation>Storfa arddangos (caiff ei thaflu wrth gau): {0}</translation>
        </message>
        <message>
            <source>Store: {0}</source>
            <translation>Storfa: {0}</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Grŵp</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grŵp</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Pryd</translation>
        </message>
        <message>
            <source>dd MMM yyyy HH:mm</source>
            <translation>dd MMM yyyy HH:mm</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Lleoliad</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Statws</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Nodiadau</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>&amp;Penderfyniadau</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Penderfyniadau</translation>
        </message>
        <message>
            <source>Actions agreed</source>
            <translation>Camau a gytunwyd</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Cam newydd</translation>
        </message>
        <message>
            <source>Action agreed</source>
            <translation>Cam a gytunwyd</translation>
        </message>
        <message>
            <source>Owner of the new action</source>
            <translation>Perchennog y cam newydd</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>Due date of the new action</source>
            <translation>Dyddiad cau’r cam newydd</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ychwanegu</translation>
        </message>
        <message>
            <source>Add this action (Enter)</source>
            <translation>Ychwanegu’r cam hwn (Enter)</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Ychwanegu cam</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Remove the selected action</source>
            <translation>Tynnu’r cam a ddewiswyd</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Tynnu cam</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>{0}: meeting</source>
            <translation>{0}: cyfarfod</translation>
        </message>
        <message>
            <source>Schedule a meeting of {0}</source>
            <translation>Trefnu cyfarfod o {0}</translation>
        </message>
        <message>
            <source>Our {0}</source>
            <translation>Ein {0}</translation>
        </message>
        <message>
            <source>(former member)</source>
            <translation>(cyn-aelod)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Ar gyfer</translation>
        </message>
        <message>
            <source>Attendance of {0}</source>
            <translation>Presenoldeb {0}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Dim perchennog eto</translation>
        </message>
    </context>
    <context>
        <name>MentionsDialog</name>
        <message>
            <source>Erase {0}?</source>
            <translation>Dileu {0}?</translation>
        </message>
        <message>
            <source>Their forename or surname also stands alone in {0} other places. Tick those that are about them, to replace it there too:</source>
            <translation>Mae eu henw cyntaf neu eu cyfenw hefyd yn sefyll ar ei ben ei hun mewn {0} lle arall. Ticiwch y rhai sydd amdanyn nhw, i’w ddisodli yno hefyd:</translation>
        </message>
        <message>
            <source>Mentions of a name alone</source>
            <translation>Sôn am enw ar ei ben ei hun</translation>
        </message>
        <message>
            <source>Tick &amp;all</source>
            <translation>Ticio’r c&amp;yfan</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Dileu</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>New &amp;passphrase</source>
            <translation>&amp;Cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>at least 10 characters: a few unrelated words</source>
            <translation>o leiaf 10 nod: ychydig eiriau digyswllt</translation>
        </message>
        <message>
            <source>&amp;Again</source>
            <translation>&amp;Eto</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Cyfrinymadrodd newydd eto</translation>
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation>&amp;Dangos beth rwy’n ei deipio</translation>
        </message>
        <message>
            <source>What is wrong with the passphrase</source>
            <translation>Beth sydd o’i le ar y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Set passphrase</source>
            <translation>Gosod cyfrinymadrodd</translation>
        </message>
        <message>
            <source>The two passphrases differ; type it again.</source>
            <translation>Mae’r ddau gyfrinymadrodd yn wahanol; teipiwch ef eto.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>e.g. Glanafon Council – ASB Team</source>
            <translation>e.e. Cyngor Glanafon – Tîm YG</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sector</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Working &amp;approach</source>
            <translation>&amp;Dull gweithio</translation>
        </message>
        <message>
            <source>Working approach</source>
            <translation>Dull gweithio</translation>
        </message>
        <message>
            <source>Neigh&amp;bourhoods</source>
            <translation>C&amp;ymdogaethau</translation>
        </message>
        <message>
            <source>Neighbourhoods covered</source>
            <translation>Cymdogaethau dan sylw</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Gwefan</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Gwefan</translation>
        </message>
        <message>
            <source>www.example.org</source>
            <translation>www.example.org</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>C&amp;yfeiriad</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>&amp;Nodiadau</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>Golygu sefydliad</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Sefydliad newydd</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsView</name>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Filter by sector</source>
            <translation>Hidlo yn ôl sector</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Cymdogaeth</translation>
        </message>
        <message>
            <source>Filter by neighbourhood</source>
            <translation>Hidlo yn ôl cymdogaeth</translation>
        </message>
        <message>
            <source>Show deactivated</source>
            <translation>Dangos rhai wedi’u dadactifadu</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Newydd…</translation>
        </message>
        <message>
            <source>Add a partner organisation (Ctrl+N)</source>
            <translation>Ychwanegu sefydliad partner (Ctrl+N)</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Newydd…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Golygu…</translation>
        </message>
        <message>
            <source>Edit the selected organisation</source>
            <translation>Golygu’r sefydliad a ddewiswyd</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Golygu…</translation>
        </message>
        <message>
            <source>&amp;Deactivate…</source>
            <translation>&amp;Dadactifadu…</translation>
        </message>
        <message>
            <source>Deactivate the selected organisation</source>
            <translation>Dadactifadu’r sefydliad a ddewiswyd</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Dadactifadu…</translation>
        </message>
        <message>
            <source>Director&amp;y…</source>
            <translation>&amp;Cyfeiriadur…</translation>
        </message>
        <message>
            <source>Export the partner directory (PDF) for the office wall</source>
            <translation>Allforio’r cyfeiriadur partneriaid (PDF) ar gyfer wal y swyddfa</translation>
        </message>
        <message>
            <source>Directory…</source>
            <translation>Cyfeiriadur…</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>Borough-wide</source>
            <translation>Ledled y fwrdeistref</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Gweithredol</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Wedi’i ddadactifadu</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Pob sector</translation>
        </message>
        <message>
            <source>All neighbourhoods</source>
            <translation>Pob cymdogaeth</translation>
        </message>
        <message>
            <source>No organisation chosen.</source>
            <translation>Dim sefydliad wedi’i ddewis.</translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>&amp;Ailactifadu</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>wedi’i ddadactifadu</translation>
        </message>
        <message>
            <source>Working approach</source>
            <translation>Dull gweithio</translation>
        </message>
        <message>
            <source>Neighbourhoods</source>
            <translation>Cymdogaethau</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Gwefan</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Cyfeiriad</translation>
        </message>
        <message>
            <source>SPOCs by topic</source>
            <translation>SPOCs yn ôl pwnc</translation>
        </message>
        <message>
            <source>ours {0}, theirs {1}</source>
            <translation>ein un ni {0}, eu un nhw {1}</translation>
        </message>
        <message>
            <source>review overdue</source>
            <translation>adolygiad yn hwyr</translation>
        </message>
        <message>
            <source>No SPOC assigned for this organisation.</source>
            <translation>Dim SPOC wedi’i neilltuo i’r sefydliad hwn.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Cysylltiadau</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Dim cysylltiadau eto.</translation>
        </message>
        <message>
            <source>Last engagement</source>
            <translation>Ymgysylltiad diwethaf</translation>
        </message>
        <message>
            <source>No engagement logged with this organisation.</source>
            <translation>Dim ymgysylltiad wedi’i gofnodi gyda’r sefydliad hwn.</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Camau gweithredu agored</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>dim perchennog</translation>
        </message>
        <message>
            <source>due {0}</source>
            <translation>erbyn {0}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>yn hwyr</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>Dim camau gweithredu agored.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>Partner directory</source>
            <translation>Cyfeiriadur partneriaid</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Wedi cadw {0}</translation>
        </message>
        <message>
            <source>Deactivate organisation</source>
            <translation>Dadactifadu sefydliad</translation>
        </message>
        <message>
            <source>Deactivate {0}? It leaves the current lists but keeps its history; you can reactivate it later.</source>
            <translation>Dadactifadu {0}? Bydd yn gadael y rhestrau cyfredol ond yn cadw ei hanes; gallwch ei ailactifadu yn nes ymlaen.</translation>
        </message>
        <message>
            <source>vacant</source>
            <translation>gwag</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>Copied {0}; it is cleared from the clipboard after 30 seconds</source>
            <translation>Wedi copïo {0}; caiff ei glirio o’r clipfwrdd ar ôl 30 eiliad</translation>
        </message>
        <message>
            <source>popdesk</source>
            <translation>popdesk</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Partner directory</source>
            <translation>Cyfeiriadur partneriaid</translation>
        </message>
        <message>
            <source>{0} organisations · {1} contacts · {2}</source>
            <translation>{0} o sefydliadau · {1} o gysylltiadau · {2}</translation>
        </message>
        <message>
            <source>borough-wide</source>
            <translation>ledled y fwrdeistref</translation>
        </message>
        <message>
            <source>Name and role</source>
            <translation>Enw a rôl</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>SPOC roles</source>
            <translation>Rolau SPOC</translation>
        </message>
        <message>
            <source>No contacts recorded.</source>
            <translation>Dim cysylltiadau wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Partner contacts by organisation with their SPOC roles</source>
            <translation>Cysylltiadau partner yn ôl sefydliad gyda’u rolau SPOC</translation>
        </message>
        <message>
            <source>Group seats</source>
            <translation>Seddi ar grwpiau</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Camau gweithredu agored</translation>
        </message>
        <message>
            <source>Live problems</source>
            <translation>Problemau byw</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Cytundebau</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Rhestr wirio</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Ymgysylltiad</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Trosglwyddiad</translation>
        </message>
        <message>
            <source>not yet named</source>
            <translation>heb ei enwi eto</translation>
        </message>
        <message>
            <source>Handover pack</source>
            <translation>Pecyn trosglwyddo</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Ymadawol</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Olynydd</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Goruchwyliwr</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>, completed {0}</source>
            <translation>, wedi’i gwblhau {0}</translation>
        </message>
        <message>
            <source>{0} of {1} items done</source>
            <translation>{0} o {1} eitem wedi’u gwneud</translation>
        </message>
        <message>
            <source>Contains personal contact details of partner staff. Handle, store and destroy according to the marking; do not forward beyond those who need it.</source>
            <translation>Yn cynnwys manylion cyswllt personol staff partner. Dylid ei drin, ei gadw a’i ddinistrio yn ôl y marc diogelwch; peidiwch â’i anfon ymlaen at neb nad oes ei angen arnynt.</translation>
        </message>
        <message>
            <source>What moves to the successor</source>
            <translation>Beth sy’n symud i’r olynydd</translation>
        </message>
        <message>
            <source>On completion these move from {0} to {1}; the old records end and new ones start, so the history is kept: {2}.</source>
            <translation>Pan gaiff ei gwblhau, mae’r rhain yn symud o {0} i {1}; daw’r hen gofnodion i ben a dechreuir rhai newydd, felly cedwir yr hanes: {2}.</translation>
        </message>
        <message>
            <source>nothing is held</source>
            <translation>nid oes dim yn cael ei ddal</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <source>Nothing is held.</source>
            <translation>Nid oes dim yn cael ei ddal.</translation>
        </message>
        <message>
            <source>Partner SPOCs</source>
            <translation>SPOCs partner</translation>
        </message>
        <message>
            <source>Organisation and topic</source>
            <translation>Sefydliad a phwnc</translation>
        </message>
        <message>
            <source>Their SPOC</source>
            <translation>Eu SPOC nhw</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>Gwag</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (yn hwyr)</translation>
        </message>
        <message>
            <source>Holds no SPOC roles.</source>
            <translation>Nid oes ganddo rolau SPOC.</translation>
        </message>
        <message>
            <source>Groups and seats</source>
            <translation>Grwpiau a seddi</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grŵp</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Sedd</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Yn cyfarfod</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Cyfarfod nesaf</translation>
        </message>
        <message>
            <source>none scheduled</source>
            <translation>dim wedi’i drefnu</translation>
        </message>
        <message>
            <source>Holds no group seats.</source>
            <translation>Nid oes ganddo seddi ar grwpiau.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>Dim camau gweithredu agored.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Cam</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Blaenoriaeth</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partneriaid</translation>
        </message>
        <message>
            <source>role not set</source>
            <translation>rôl heb ei gosod</translation>
        </message>
        <message>
            <source>Leads no live problems.</source>
            <translation>Nid yw’n arwain ar unrhyw broblemau byw.</translation>
        </message>
        <message>
            <source>Agreements due for review</source>
            <translation>Cytundebau i’w hadolygu</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Cytundeb</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygu</translation>
        </message>
        <message>
            <source> (due)</source>
            <translation> (yn ddyledus)</translation>
        </message>
        <message>
            <source>Owns no agreements.</source>
            <translation>Nid yw’n berchen ar unrhyw gytundebau.</translation>
        </message>
        <message>
            <source>Recent engagement with each partner (last 90 days)</source>
            <translation>Ymgysylltu diweddar â phob partner (90 diwrnod diwethaf)</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>In 90 days</source>
            <translation>Mewn 90 diwrnod</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>Y diweddaraf</translation>
        </message>
        <message>
            <source>none in 90 days</source>
            <translation>dim mewn 90 diwrnod</translation>
        </message>
        <message>
            <source>No partners to report on.</source>
            <translation>Dim partneriaid i adrodd arnynt.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>Ticked by</source>
            <translation>Ticiwyd gan</translation>
        </message>
        <message>
            <source> (optional)</source>
            <translation> (dewisol)</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Llofnodi</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Llofnodwyd</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Llofnod</translation>
        </message>
        <message>
            <source>Handover pack: {0}</source>
            <translation>Pecyn trosglwyddo: {0}</translation>
        </message>
        <message>
            <source>Handover of {0} from {1} to {2}</source>
            <translation>Trosglwyddo {0} o {1} i {2}</translation>
        </message>
        <message>
            <source>Meeting brief</source>
            <translation>Papur briffio cyfarfod</translation>
        </message>
        <message>
            <source>{0} ({1}, meets {2})</source>
            <translation>{0} ({1}, yn cyfarfod {2})</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>heb ei osod</translation>
        </message>
        <message>
            <source>Chaired by</source>
            <translation>Cadeirydd</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No agenda recorded.</source>
            <translation>Dim agenda wedi’i chofnodi.</translation>
        </message>
        <message>
            <source>Everyone who represents us on this group is handing over their post: agree who takes the seat.</source>
            <translation>Mae pawb sy’n ein cynrychioli ar y grŵp hwn yn trosglwyddo eu swydd: cytunwch pwy fydd yn cymryd y sedd.</translation>
        </message>
        <message>
            <source>Our representatives</source>
            <translation>Ein cynrychiolwyr</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Ers</translation>
        </message>
        <message>
            <source>handing over (due {0})</source>
            <translation>yn trosglwyddo (erbyn {0})</translation>
        </message>
        <message>
            <source>Nobody represents us on this group.</source>
            <translation>Does neb yn ein cynrychioli ar y grŵp hwn.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Aelodau</translation>
        </message>
        <message>
            <source>Organisation and role</source>
            <translation>Sefydliad a rôl</translation>
        </message>
        <message>
            <source>Last engaged</source>
            <translation>Ymgysylltu diwethaf</translation>
        </message>
        <message>
            <source>never</source>
            <translation>byth</translation>
        </message>
        <message>
            <source>No member contacts recorded.</source>
            <translation>Dim cysylltiadau sy’n aelodau wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Last engagement with each member organisation</source>
            <translation>Ymgysylltiad diwethaf â phob sefydliad sy’n aelod</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>No member organisations recorded.</source>
            <translation>Dim sefydliadau sy’n aelodau wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Perchennog</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>dim perchennog</translation>
        </message>
        <message>
            <source>No open actions for the group or its members.</source>
            <translation>Dim camau gweithredu agored i’r grŵp na’i aelodau.</translation>
        </message>
        <message>
            <source>Linked problems</source>
            <translation>Problemau cysylltiedig</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Arweinydd</translation>
        </message>
        <message>
            <source>No live problems involve the member organisations.</source>
            <translation>Nid oes problemau byw yn ymwneud â’r sefydliadau sy’n aelodau.</translation>
        </message>
        <message>
            <source>Last meeting</source>
            <translation>Cyfarfod diwethaf</translation>
        </message>
        <message>
            <source>No earlier meeting has been written up.</source>
            <translation>Nid oes cyfarfod cynharach wedi’i gofnodi.</translation>
        </message>
        <message>
            <source>Last meeting: {0}</source>
            <translation>Cyfarfod diwethaf: {0}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <source>No notes recorded.</source>
            <translation>Dim nodiadau wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Penderfyniadau</translation>
        </message>
        <message>
            <source>No decisions recorded.</source>
            <translation>Dim penderfyniadau wedi’u cofnodi.</translation>
        </message>
        <message>
            <source>Meeting brief: {0}, {1}</source>
            <translation>Papur briffio cyfarfod: {0}, {1}</translation>
        </message>
        <message>
            <source>Brief for the {0} meeting on {1}</source>
            <translation>Papur briffio ar gyfer cyfarfod {0} ar {1}</translation>
        </message>
        <message>
            <source>popdesk recovery key</source>
            <translation>Allwedd adfer popdesk</translation>
        </message>
        <message>
            <source>For the store {0}</source>
            <translation>Ar gyfer y storfa {0}</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Storfa</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Cyhoeddwyd</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Cyhoeddwyd gan</translation>
        </message>
        <message>
            <source>This key opens the store if its passphrase is forgotten or this computer's keyring is lost. Type it where popdesk asks for the passphrase; the dashes and capitals do not matter.</source>
            <translation>Mae’r allwedd hon yn agor y storfa os anghofir ei chyfrinymadrodd neu os collir cylch allweddi’r cyfrifiadur hwn. Teipiwch hi lle mae popdesk yn gofyn am y cyfrinymadrodd; nid yw’r llinellau doriad na’r priflythrennau o bwys.</translation>
        </message>
        <message>
            <source>Keep it locked away and apart from the laptop: anyone holding both can read the partner contacts in the store. If it is lost or seen by someone else, issue a new one (Settings, New recovery key); the old key then stops working.</source>
            <translation>Cadwch hi dan glo ac ar wahân i’r gliniadur: gall unrhyw un sydd â’r ddau ddarllen y cysylltiadau partner yn y storfa. Os caiff ei cholli neu ei gweld gan rywun arall, cyhoeddwch un newydd (Gosodiadau, Allwedd adfer newydd); bydd yr hen allwedd wedyn yn peidio â gweithio.</translation>
        </message>
        <message>
            <source>Recovery key for an encrypted popdesk store</source>
            <translation>Allwedd adfer ar gyfer storfa popdesk wedi’i hamgryptio</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Tudalen {0} o {1}</translation>
        </message>
        <message>
            <source>Generated {0} {1} by {2}</source>
            <translation>Crëwyd {0} {1} gan {2}</translation>
        </message>
        <message>
            <source>vacant</source>
            <translation>gwag</translation>
        </message>
        <message>
            <source>Their SPOC for {0} (ours: {1})</source>
            <translation>Eu SPOC ar gyfer {0} (ein un ni: {1})</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Teitl</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Disgrifiad</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Disgrifiad</translation>
        </message>
        <message>
            <source>Neigh&amp;bourhood</source>
            <translation>C&amp;ymdogaeth</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Cymdogaeth</translation>
        </message>
        <message>
            <source>&amp;Priority</source>
            <translation>&amp;Blaenoriaeth</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Blaenoriaeth</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Arweinydd</translation>
        </message>
        <message>
            <source>Lead staff member</source>
            <translation>Aelod o staff sy’n arwain</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Cam</translation>
        </message>
        <message>
            <source>SARA stage</source>
            <translation>Cam SARA</translation>
        </message>
        <message>
            <source>New problem</source>
            <translation>Problem newydd</translation>
        </message>
        <message>
            <source>Borough-wide</source>
            <translation>Ledled y fwrdeistref</translation>
        </message>
        <message>
            <source>No lead yet</source>
            <translation>Dim arweinydd eto</translation>
        </message>
    </context>
    <context>
        <name>ProblemsView</name>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Which problems to show</source>
            <translation>Pa broblemau i’w dangos</translation>
        </message>
        <message>
            <source>&amp;New problem…</source>
            <translation>Problem &amp;newydd…</translation>
        </message>
        <message>
            <source>Open a problem to work with partners (Ctrl+N)</source>
            <translation>Agor problem i weithio arni gyda phartneriaid (Ctrl+N)</translation>
        </message>
        <message>
            <source>New problem…</source>
            <translation>Problem newydd…</translation>
        </message>
        <message>
            <source>Ne&amp;xt stage</source>
            <translation>&amp;Cam nesaf</translation>
        </message>
        <message>
            <source>Move the selected problem to the next SARA stage</source>
            <translation>Symud y broblem a ddewiswyd i gam nesaf SARA</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Cam nesaf</translation>
        </message>
        <message>
            <source>Add &amp;partner…</source>
            <translation>Ychwanegu &amp;partner…</translation>
        </message>
        <message>
            <source>Add a partner organisation and its role</source>
            <translation>Ychwanegu sefydliad partner a’i rôl</translation>
        </message>
        <message>
            <source>Add partner…</source>
            <translation>Ychwanegu partner…</translation>
        </message>
        <message>
            <source>Agree &amp;priority…</source>
            <translation>Cytuno ar &amp;flaenoriaeth…</translation>
        </message>
        <message>
            <source>Record the jointly agreed priority</source>
            <translation>Cofnodi’r flaenoriaeth a gytunwyd ar y cyd</translation>
        </message>
        <message>
            <source>Agree priority…</source>
            <translation>Cytuno ar flaenoriaeth…</translation>
        </message>
        <message>
            <source>&amp;Evaluation…</source>
            <translation>&amp;Gwerthuso…</translation>
        </message>
        <message>
            <source>Record evaluation notes</source>
            <translation>Cofnodi nodiadau gwerthuso</translation>
        </message>
        <message>
            <source>Evaluation…</source>
            <translation>Gwerthuso…</translation>
        </message>
        <message>
            <source>&amp;Close problem…</source>
            <translation>&amp;Cau’r broblem…</translation>
        </message>
        <message>
            <source>Close the selected problem</source>
            <translation>Cau’r broblem a ddewiswyd</translation>
        </message>
        <message>
            <source>Close problem…</source>
            <translation>Cau’r broblem…</translation>
        </message>
        <message>
            <source>&amp;Scanning</source>
            <translation>&amp;Sganio</translation>
        </message>
        <message>
            <source>Problems at Scanning</source>
            <translation>Problemau yn y cam Sganio</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Dadansoddi</translation>
        </message>
        <message>
            <source>Problems at Analysis</source>
            <translation>Problemau yn y cam Dadansoddi</translation>
        </message>
        <message>
            <source>&amp;Response</source>
            <translation>&amp;Ymateb</translation>
        </message>
        <message>
            <source>Problems at Response</source>
            <translation>Problemau yn y cam Ymateb</translation>
        </message>
        <message>
            <source>Assess&amp;ment</source>
            <translation>&amp;Asesu</translation>
        </message>
        <message>
            <source>Problems at Assessment</source>
            <translation>Problemau yn y cam Asesu</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>borough-wide</source>
            <translation>ledled y fwrdeistref</translation>
        </message>
        <message>
            <source>{0} priority · {1}</source>
            <translation>blaenoriaeth {0} · {1}</translation>
        </message>
        <message>
            <source>Lead: {0}</source>
            <translation>Arweinydd: {0}</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ar gau</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Byw</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Y cyfan</translation>
        </message>
        <message>
            <source>No problems here yet.</source>
            <translation>Dim problemau yma eto.</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Cymdogaeth</translation>
        </message>
        <message>
            <source>Borough-wide</source>
            <translation>Ledled y fwrdeistref</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Arweinydd</translation>
        </message>
        <message>
            <source>no lead</source>
            <translation>dim arweinydd</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Agorwyd</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Disgrifiad</translation>
        </message>
        <message>
            <source>Partners and their roles</source>
            <translation>Partneriaid a’u rolau</translation>
        </message>
        <message>
            <source>role not set</source>
            <translation>rôl heb ei gosod</translation>
        </message>
        <message>
            <source>No partners yet: add the organisations working on it.</source>
            <translation>Dim partneriaid eto: ychwanegwch y sefydliadau sy’n gweithio arni.</translation>
        </message>
        <message>
            <source>Linked engagements</source>
            <translation>Ymgysylltiadau cysylltiedig</translation>
        </message>
        <message>
            <source>No engagements linked to this problem.</source>
            <translation>Dim ymgysylltiadau’n gysylltiedig â’r broblem hon.</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>dim perchennog</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>yn hwyr</translation>
        </message>
        <message>
            <source>No actions on this problem.</source>
            <translation>Dim camau gweithredu ar y broblem hon.</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Gwerthuso</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>Wedi agor {0}</translation>
        </message>
        <message>
            <source>{0} moved to {1}</source>
            <translation>Symudwyd {0} i {1}</translation>
        </message>
        <message>
            <source>Add a partner</source>
            <translation>Ychwanegu partner</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Sefydliad:</translation>
        </message>
        <message>
            <source>Their role on this problem:</source>
            <translation>Eu rôl ar y broblem hon:</translation>
        </message>
        <message>
            <source>{0} joined</source>
            <translation>Ymunodd {0}</translation>
        </message>
        <message>
            <source>Agree priority</source>
            <translation>Cytuno ar flaenoriaeth</translation>
        </message>
        <message>
            <source>Priority agreed with partners:</source>
            <translation>Blaenoriaeth a gytunwyd gyda phartneriaid:</translation>
        </message>
        <message>
            <source>Priority agreed</source>
            <translation>Blaenoriaeth wedi’i chytuno</translation>
        </message>
        <message>
            <source>What worked, cost-benefit, the evaluator's view:</source>
            <translation>Beth weithiodd, cost a budd, barn y gwerthuswr:</translation>
        </message>
        <message>
            <source>Evaluation saved</source>
            <translation>Gwerthusiad wedi’i gadw</translation>
        </message>
        <message>
            <source>Close problem</source>
            <translation>Cau’r broblem</translation>
        </message>
        <message>
            <source>Close {0}? It stays on record and can be read later.</source>
            <translation>Cau {0}? Mae’n aros ar gofnod a gellir ei darllen yn nes ymlaen.</translation>
        </message>
        <message>
            <source>Closed {0}</source>
            <translation>Wedi cau {0}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Allwedd adfer</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Cadw fel PDF…</translation>
        </message>
        <message>
            <source>I have &amp;printed or written down the recovery key</source>
            <translation>Rwyf wedi &amp;argraffu neu ysgrifennu’r allwedd adfer</translation>
        </message>
        <message>
            <source>Recovery key for {0}</source>
            <translation>Allwedd adfer ar gyfer {0}</translation>
        </message>
        <message>
            <source>This recovery key opens the store if you forget its passphrase or this computer's keyring is lost. It is shown only now: print it or write it down, and keep it locked away, apart from this laptop.</source>
            <translation>Mae’r allwedd adfer hon yn agor y storfa os byddwch yn anghofio ei chyfrinymadrodd neu os collir cylch allweddi’r cyfrifiadur hwn. Dim ond nawr y caiff ei dangos: argraffwch hi neu ei hysgrifennu, a’i chadw dan glo, ar wahân i’r gliniadur hwn.</translation>
        </message>
        <message>
            <source>Copied. The clipboard is cleared again after 30 seconds.</source>
            <translation>Wedi copïo. Caiff y clipfwrdd ei glirio eto ar ôl 30 eiliad.</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Cadw’r allwedd adfer</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dogfennau PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>Heb ei gadw: {0}</translation>
        </message>
        <message>
            <source>Saved to {0}. Print it, then delete the file.</source>
            <translation>Wedi cadw i {0}. Argraffwch hi, yna dilëwch y ffeil.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>overdue</source>
            <translation>hwyr</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>i’w wneud heddiw</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>yfory</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>adolygiad yn ddyledus</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Cam gweithredu</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <source>SPOC role</source>
            <translation>Rôl SPOC</translation>
        </message>
        <message>
            <source>Contact's details</source>
            <translation>Manylion cyswllt</translation>
        </message>
        <message>
            <source>… and {0} more on the dashboard</source>
            <translation>… a {0} arall ar y dangosfwrdd</translation>
        </message>
        <message>
            <source>popdesk: {0} things need you today</source>
            <translation>popdesk: mae {0} peth angen sylw heddiw</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Today's reminders</source>
            <translation>Nodiadau atgoffa heddiw</translation>
        </message>
    </context>
    <context>
        <name>RepresentativeDialog</name>
        <message>
            <source>Representative</source>
            <translation>Cynrychiolydd</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Grŵp</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grŵp</translation>
        </message>
        <message>
            <source>&amp;Staff member</source>
            <translation>&amp;Aelod o staff</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rôl</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;O</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>Representative on {0}</source>
            <translation>Cynrychiolydd ar {0}</translation>
        </message>
        <message>
            <source>Choose who represents us</source>
            <translation>Dewiswch pwy sy’n ein cynrychioli</translation>
        </message>
        <message>
            <source>Choose who represents us.</source>
            <translation>Dewiswch pwy sy’n ein cynrychioli.</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Data-protection review</source>
            <translation>Adolygiad diogelu data</translation>
        </message>
        <message>
            <source>Show &amp;every contact, not only those due (for an erasure request)</source>
            <translation>Dangos &amp;pob cyswllt, nid dim ond y rhai sy’n ddyledus (ar gyfer cais i ddileu)</translation>
        </message>
        <message>
            <source>Contacts due review</source>
            <translation>Cysylltiadau i’w hadolygu</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Beth a wnaed</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>Still needed: review again in a year</source>
            <translation>Angen o hyd: adolygu eto ymhen blwyddyn</translation>
        </message>
        <message>
            <source>&amp;Update…</source>
            <translation>&amp;Diweddaru…</translation>
        </message>
        <message>
            <source>E&amp;rase…</source>
            <translation>D&amp;ileu…</translation>
        </message>
        <message>
            <source>Partner contacts are personal data. Each is reviewed once its review date has passed: &lt;b&gt;Keep&lt;/b&gt; if the contact is still needed (review again in a year), &lt;b&gt;Update&lt;/b&gt; their details, or &lt;b&gt;Erase&lt;/b&gt; them if they are no longer needed or have asked to be erased.</source>
            <translation>Mae cysylltiadau partner yn ddata personol. Caiff pob un ei adolygu unwaith y bydd ei ddyddiad adolygu wedi mynd heibio: &lt;b&gt;Cadw&lt;/b&gt; os oes angen y cyswllt o hyd (adolygu eto ymhen blwyddyn), &lt;b&gt;Diweddaru&lt;/b&gt; eu manylion, neu eu &lt;b&gt;Dileu&lt;/b&gt; os nad oes eu hangen mwyach neu os ydynt wedi gofyn am gael eu dileu.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translation>Sail gyfreithlon</translation>
        </message>
        <message>
            <source>No contact is due a review. popdesk lists them here when their date comes.</source>
            <translation>Nid oes unrhyw gyswllt angen adolygiad. Mae popdesk yn eu rhestru yma pan ddaw eu dyddiad.</translation>
        </message>
        <message>
            <source>Kept {0}: their review is due again on {1}.</source>
            <translation>Cadwyd {0}: mae eu hadolygiad yn ddyledus eto ar {1}.</translation>
        </message>
        <message>
            <source>A contact was erased: their name is replaced wherever it appeared.</source>
            <translation>Dilëwyd cyswllt: mae eu henw wedi’i ddisodli ym mhob man yr oedd yn ymddangos.</translation>
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Cysylltiadau</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grwpiau</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Ymgysylltiadau</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Camau gweithredu</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemau</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Cytundebau</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Canlyniadau chwilio</translation>
        </message>
        <message>
            <source>Nothing found for “{0}”</source>
            <translation>Dim canlyniadau ar gyfer “{0}”</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Show all {0}…</source>
            <translation>Dangos y cyfan ({0})…</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsDialog</name>
        <message>
            <source>Search results for “{0}”</source>
            <translation>Canlyniadau chwilio am “{0}”</translation>
        </message>
        <message>
            <source>{0} found for “{1}”</source>
            <translation>{0} wedi’u canfod am “{1}”</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Canfuwyd</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Manylion</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Canlyniadau chwilio</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Gosodiadau</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Diogelwch</translation>
        </message>
        <message>
            <source>&amp;Lock after</source>
            <translation>&amp;Cloi ar ôl</translation>
        </message>
        <message>
            <source> minutes idle</source>
            <translation> munud yn segur</translation>
        </message>
        <message>
            <source>Lock after minutes idle</source>
            <translation>Cloi ar ôl munudau’n segur</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Allwedd</translation>
        </message>
        <message>
            <source>Where the key is kept</source>
            <translation>Ble mae’r allwedd yn cael ei chadw</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Newid y &amp;cyfrinymadrodd…</translation>
        </message>
        <message>
            <source>New &amp;recovery key…</source>
            <translation>&amp;Allwedd adfer newydd…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copïau wrth gefn</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Ffolder</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Ffolder copïau wrth gefn</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Pori…</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> copi wrth gefn</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Copïau wrth gefn a gedwir</translation>
        </message>
        <message>
            <source>Markings of exported documents</source>
            <translation>Marciau diogelwch dogfennau a allforir</translation>
        </message>
        <message>
            <source>&amp;Handover packs</source>
            <translation>&amp;Pecynnau trosglwyddo</translation>
        </message>
        <message>
            <source>Marking of handover packs</source>
            <translation>Marc diogelwch pecynnau trosglwyddo</translation>
        </message>
        <message>
            <source>&amp;Meeting briefs</source>
            <translation>Papurau &amp;briffio cyfarfodydd</translation>
        </message>
        <message>
            <source>Marking of meeting briefs</source>
            <translation>Marc diogelwch papurau briffio cyfarfodydd</translation>
        </message>
        <message>
            <source>Partner &amp;directories</source>
            <translation>&amp;Cyfeiriaduron partneriaid</translation>
        </message>
        <message>
            <source>Marking of partner directories</source>
            <translation>Marc diogelwch cyfeiriaduron partneriaid</translation>
        </message>
        <message>
            <source>Each export can still be given another marking before it is written.</source>
            <translation>Gellir rhoi marc arall i bob allforiad o hyd cyn iddo gael ei ysgrifennu.</translation>
        </message>
        <message>
            <source>Contacts, language and you</source>
            <translation>Cysylltiadau, iaith a chi</translation>
        </message>
        <message>
            <source>&amp;Review contacts' details every</source>
            <translation>&amp;Adolygu manylion cysylltiadau bob</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mis</translation>
        </message>
        <message>
            <source>Data-protection review period in months</source>
            <translation>Cyfnod adolygu diogelu data mewn misoedd</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <source>Language of popdesk</source>
            <translation>Iaith popdesk</translation>
        </message>
        <message>
            <source>A new language is used from the next time popdesk starts.</source>
            <translation>Defnyddir iaith newydd o’r tro nesaf y bydd popdesk yn dechrau.</translation>
        </message>
        <message>
            <source>Re&amp;mind me at start and each day of what is due</source>
            <translation>&amp;Atgoffa fi ar y dechrau a phob dydd o’r hyn sy’n ddyledus</translation>
        </message>
        <message>
            <source>Actions due or overdue, meetings tomorrow, SPOC and contact reviews due: a desktop notification, or a note at the top of the window</source>
            <translation>Camau gweithredu sy’n ddyledus neu’n hwyr, cyfarfodydd yfory, adolygiadau SPOC a chysylltiadau sy’n ddyledus: hysbysiad bwrdd gwaith, neu nodyn ar frig y ffenestr</translation>
        </message>
        <message>
            <source>&amp;Who is using popdesk</source>
            <translation>&amp;Pwy sy’n defnyddio popdesk</translation>
        </message>
        <message>
            <source>Staff member using popdesk with this store</source>
            <translation>Yr aelod o staff sy’n defnyddio popdesk gyda’r storfa hon</translation>
        </message>
        <message>
            <source>Named on the items you tick, the sign-offs you record, the audit log and the documents you export</source>
            <translation>Wedi’i enwi ar yr eitemau a diciwch, y cymeradwyaethau a gofnodwch, y log archwilio a’r dogfennau a allforiwch</translation>
        </message>
        <message>
            <source>As this computer</source>
            <translation>Fel y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Nobody chosen: this computer's login</source>
            <translation>Neb wedi’i ddewis: mewngofnod y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>. No passphrase is set yet.</source>
            <translation>. Nid oes cyfrinymadrodd wedi’i osod eto.</translation>
        </message>
        <message>
            <source>Set a &amp;passphrase…</source>
            <translation>Gosod &amp;cyfrinymadrodd…</translation>
        </message>
        <message>
            <source>No store is open.</source>
            <translation>Nid oes storfa ar agor.</translation>
        </message>
        <message>
            <source>A backup is taken when popdesk closes after a change, and before every upgrade. Backups are encrypted like the store; each has its key file beside it.</source>
            <translation>Gwneir copi wrth gefn pan fydd popdesk yn cau ar ôl newid, a chyn pob uwchraddiad. Mae copïau wrth gefn wedi’u hamgryptio fel y storfa; mae ffeil allwedd gan bob un wrth ei ymyl.</translation>
        </message>
        <message>
            <source>Give the backup folder as a full path.</source>
            <translation>Rhowch y ffolder copïau wrth gefn fel llwybr llawn.</translation>
        </message>
    </context>
    <context>
        <name>SpocDialog</name>
        <message>
            <source>SPOC assignment</source>
            <translation>Neilltuo SPOC</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Sefydliad</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Pwnc</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Pwnc</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>O&amp;ur SPOC</source>
            <translation>Ein &amp;SPOC ni</translation>
        </message>
        <message>
            <source>Our SPOC</source>
            <translation>Ein SPOC ni</translation>
        </message>
        <message>
            <source>T&amp;heir SPOC</source>
            <translation>Eu SPOC &amp;nhw</translation>
        </message>
        <message>
            <source>Their SPOC</source>
            <translation>Eu SPOC nhw</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>Yn &amp;dechrau</translation>
        </message>
        <message>
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Dyddiad dechrau</translation>
        </message>
        <message>
            <source>Re&amp;view due</source>
            <translation>Adolygiad &amp;erbyn</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>R&amp;eason for change</source>
            <translation>&amp;Rheswm dros newid</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Y rheswm dros y newid</translation>
        </message>
        <message>
            <source>e.g. Previous SPOC moved post</source>
            <translation>e.e. Symudodd y SPOC blaenorol swydd</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Hanes</translation>
        </message>
        <message>
            <source>History of this SPOC role</source>
            <translation>Hanes y rôl SPOC hon</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hyd at</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>Pam y daeth i ben</translation>
        </message>
        <message>
            <source>Reassign SPOC</source>
            <translation>Ailneilltuo SPOC</translation>
        </message>
        <message>
            <source>Assign SPOC</source>
            <translation>Neilltuo SPOC</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>Gwag</translation>
        </message>
        <message>
            <source>Previous SPOC moved post</source>
            <translation>Symudodd y SPOC blaenorol swydd</translation>
        </message>
        <message>
            <source>current</source>
            <translation>cyfredol</translation>
        </message>
        <message>
            <source>History ({0})</source>
            <translation>Hanes ({0})</translation>
        </message>
        <message>
            <source>History: none yet</source>
            <translation>Hanes: dim eto</translation>
        </message>
        <message>
            <source>Choose an organisation.</source>
            <translation>Dewiswch sefydliad.</translation>
        </message>
        <message>
            <source>Reassigned</source>
            <translation>Ailneilltuwyd</translation>
        </message>
    </context>
    <context>
        <name>SpocsView</name>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Which SPOC assignments to show</source>
            <translation>Pa neilltuadau SPOC i’w dangos</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>&amp;Neilltuo…</translation>
        </message>
        <message>
            <source>Assign a SPOC for an organisation and topic (Ctrl+N)</source>
            <translation>Neilltuo SPOC ar gyfer sefydliad a phwnc (Ctrl+N)</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Neilltuo…</translation>
        </message>
        <message>
            <source>&amp;Reassign…</source>
            <translation>&amp;Ailneilltuo…</translation>
        </message>
        <message>
            <source>Reassign the selected SPOC role; the old one is kept in history</source>
            <translation>Ailneilltuo’r rôl SPOC a ddewiswyd; cedwir yr hen un yn yr hanes</translation>
        </message>
        <message>
            <source>Reassign…</source>
            <translation>Ailneilltuo…</translation>
        </message>
        <message>
            <source>Mark &amp;reviewed</source>
            <translation>Nodi wedi’i &amp;adolygu</translation>
        </message>
        <message>
            <source>Record that the selected assignment was confirmed today</source>
            <translation>Cofnodi bod y neilltuad a ddewiswyd wedi’i gadarnhau heddiw</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Nodi wedi’i adolygu</translation>
        </message>
        <message>
            <source>E&amp;nd…</source>
            <translation>&amp;Gorffen…</translation>
        </message>
        <message>
            <source>End the selected assignment without a successor</source>
            <translation>Gorffen y neilltuad a ddewiswyd heb olynydd</translation>
        </message>
        <message>
            <source>End…</source>
            <translation>Gorffen…</translation>
        </message>
        <message>
            <source>SPOC register</source>
            <translation>Cofrestr SPOC</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>Gwag</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Pwnc</translation>
        </message>
        <message>
            <source>Our SPOC</source>
            <translation>Ein SPOC ni</translation>
        </message>
        <message>
            <source>Their SPOC</source>
            <translation>Eu SPOC nhw</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Ers</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Adolygiad erbyn</translation>
        </message>
        <message>
            <source>Attention</source>
            <translation>Sylw</translation>
        </message>
        <message>
            <source>All current assignments</source>
            <translation>Pob neilltuad cyfredol</translation>
        </message>
        <message>
            <source>Vacant (a side unfilled)</source>
            <translation>Gwag (un ochr heb ei llenwi)</translation>
        </message>
        <message>
            <source>Review overdue</source>
            <translation>Adolygiad yn hwyr</translation>
        </message>
        <message>
            <source>Stale (overdue, or no recent engagement)</source>
            <translation>Segur (yn hwyr, neu dim ymgysylltu diweddar)</translation>
        </message>
        <message>
            <source>No recent engagement</source>
            <translation>Dim ymgysylltu diweddar</translation>
        </message>
        <message>
            <source>SPOC for {0} saved</source>
            <translation>SPOC ar gyfer {0} wedi’i gadw</translation>
        </message>
        <message>
            <source>Reviewed; next review due {0}</source>
            <translation>Wedi adolygu; adolygiad nesaf erbyn {0}</translation>
        </message>
        <message>
            <source>End SPOC assignment</source>
            <translation>Gorffen neilltuad SPOC</translation>
        </message>
        <message>
            <source>End the SPOC assignment for {0}? It stays in the history.
Reason:</source>
            <translation>Gorffen y neilltuad SPOC ar gyfer {0}? Mae’n aros yn yr hanes.
Rheswm:</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Daeth i ben</translation>
        </message>
        <message>
            <source>Ended the SPOC assignment for {0}</source>
            <translation>Wedi gorffen y neilltuad SPOC ar gyfer {0}</translation>
        </message>
    </context>
    <context>
        <name>StakeholderMapView</name>
        <message>
            <source>Ratings for</source>
            <translation>Sgoriau ar gyfer</translation>
        </message>
        <message>
            <source>Overall or for one problem</source>
            <translation>Yn gyffredinol neu ar gyfer un broblem</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Organisations or contacts</source>
            <translation>Sefydliadau neu gysylltiadau</translation>
        </message>
        <message>
            <source>&amp;Export PNG…</source>
            <translation>&amp;Allforio PNG…</translation>
        </message>
        <message>
            <source>Save the map as a picture</source>
            <translation>Cadw’r map fel llun</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Allforio PNG…</translation>
        </message>
        <message>
            <source>Drag a partner to re-rate it: further right is more interest, higher up is more influence.</source>
            <translation>Llusgwch bartner i’w ailsgorio: ymhellach i’r dde yw mwy o ddiddordeb, yn uwch i fyny yw mwy o ddylanwad.</translation>
        </message>
        <message>
            <source>color: #555;</source>
            <translation>color: #555;</translation>
        </message>
        <message>
            <source>Power and interest grid</source>
            <translation>Grid pŵer a diddordeb</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Cadw’n fodlon</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>Rheoli’n agos</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Monitro</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Cadw’n wybodus</translation>
        </message>
        <message>
            <source>influence {0}, interest {1}</source>
            <translation>dylanwad {0}, diddordeb {1}</translation>
        </message>
        <message>
            <source>Organisations and contacts</source>
            <translation>Sefydliadau a chysylltiadau</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Cysylltiadau</translation>
        </message>
        <message>
            <source>Overall ratings</source>
            <translation>Sgoriau cyffredinol</translation>
        </message>
        <message>
            <source>+{0} more: click to list</source>
            <translation>+{0} arall: cliciwch i’w rhestru</translation>
        </message>
        <message>
            <source>Interest →</source>
            <translation>Diddordeb →</translation>
        </message>
        <message>
            <source>Influence →</source>
            <translation>Dylanwad →</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Contact (a person)</source>
            <translation>Cyswllt (person)</translation>
        </message>
        <message>
            <source>Names in full in their tooltips; drag a mark to re-rate it.</source>
            <translation>Enwau llawn yn eu cynghorion; llusgwch farc i’w ail-raddio.</translation>
        </message>
        <message>
            <source>{0}: influence {1}, interest {2}</source>
            <translation>{0}: dylanwad {1}, diddordeb {2}</translation>
        </message>
        <message>
            <source>Export the map</source>
            <translation>Allforio’r map</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>Lluniau PNG (*.png)</translation>
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation>Methu cadw {0}: {1}</translation>
        </message>
        <message>
            <source>Saved the map to {0}</source>
            <translation>Wedi cadw’r map i {0}</translation>
        </message>
        <message>
            <source>In this cell</source>
            <translation>Yn y gell hon</translation>
        </message>
    </context>
    <context>
        <name>StoreActions</name>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Cloi</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Gwneud copi wrth &amp;gefn nawr</translation>
        </message>
        <message>
            <source>Back up &amp;to…</source>
            <translation>Gwneud copi wrth gefn &amp;i…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Gosodiadau…</translation>
        </message>
        <message>
            <source>&amp;Check the store</source>
            <translation>&amp;Gwirio’r storfa</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>&amp;Log archwilio…</translation>
        </message>
        <message>
            <source>Data-protection &amp;review…</source>
            <translation>&amp;Adolygiad diogelu data…</translation>
        </message>
        <message>
            <source>popdesk records {0} as the person using it</source>
            <translation>Mae popdesk yn cofnodi {0} fel y person sy’n ei ddefnyddio</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Gosodiadau wedi’u cadw</translation>
        </message>
    </context>
    <context>
        <name>StoreFiles</name>
        <message>
            <source>New store</source>
            <translation>Storfa newydd</translation>
        </message>
        <message>
            <source>popdesk stores (*.db)</source>
            <translation>Storfeydd popdesk (*.db)</translation>
        </message>
        <message>
            <source>Store not made</source>
            <translation>Ni wnaed y storfa</translation>
        </message>
        <message>
            <source>{0} already exists. popdesk never writes over a file: choose another name, or open that store with File, Open store.</source>
            <translation>Mae {0} yn bodoli eisoes. Nid yw popdesk byth yn ysgrifennu dros ffeil: dewiswch enw arall, neu agorwch y storfa honno gyda Ffeil, Agor storfa.</translation>
        </message>
        <message>
            <source>Open store</source>
            <translation>Agor storfa</translation>
        </message>
        <message>
            <source>popdesk stores (*.db);;All files (*)</source>
            <translation>Storfeydd popdesk (*.db);;Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Already open</source>
            <translation>Ar agor yn barod</translation>
        </message>
        <message>
            <source>{0} is the store open in this window.</source>
            <translation>{0} yw’r storfa sydd ar agor yn y ffenestr hon.</translation>
        </message>
        <message>
            <source>Store not opened</source>
            <translation>Ni agorwyd y storfa</translation>
        </message>
        <message>
            <source>{0} is not a file popdesk can open.</source>
            <translation>Nid yw {0} yn ffeil y gall popdesk ei hagor.</translation>
        </message>
        <message>
            <source>popdesk could not be started again to open {0}.</source>
            <translation>Ni ellid cychwyn popdesk eto i agor {0}.</translation>
        </message>
    </context>
    <context>
        <name>StoreKeys</name>
        <message>
            <source>Encrypted · {0}</source>
            <translation>Wedi’i amgryptio · {0}</translation>
        </message>
        <message>
            <source>The store is damaged</source>
            <translation>Mae’r storfa wedi’i difrodi</translation>
        </message>
        <message>
            <source>popdesk found damage in {0} ({1}). Restore the newest backup (File, Restore from a backup) before making changes.</source>
            <translation>Daeth popdesk o hyd i ddifrod yn {0} ({1}). Adferwch y copi wrth gefn diweddaraf (Ffeil, Adfer o gopi wrth gefn) cyn gwneud newidiadau.</translation>
        </message>
        <message>
            <source>Backed up to {0}</source>
            <translation>Copi wrth gefn wedi’i wneud i {0}</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>Gwneud copi wrth gefn i</translation>
        </message>
        <message>
            <source>popdesk backups (*.db)</source>
            <translation>Copïau wrth gefn popdesk (*.db)</translation>
        </message>
        <message>
            <source>Backed up to {0}, with its key file beside it</source>
            <translation>Copi wrth gefn wedi’i wneud i {0}, gyda’i ffeil allwedd wrth ei ymyl</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wrthi’n gwneud copi wrth gefn…</translation>
        </message>
        <message>
            <source>Not backed up</source>
            <translation>Dim copi wrth gefn wedi’i wneud</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <source>Restore {0}?</source>
            <translation>Adfer {0}?</translation>
        </message>
        <message>
            <source>Everything in the store is replaced by the contents of this backup, once it has been checked. What the store holds now is kept as a backup first.</source>
            <translation>Caiff popeth yn y storfa ei ddisodli gan gynnwys y copi wrth gefn hwn, ar ôl iddo gael ei wirio. Cedwir yr hyn sydd yn y storfa nawr fel copi wrth gefn yn gyntaf.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Heb ei adfer</translation>
        </message>
        <message>
            <source>{0}

The store was not changed.</source>
            <translation>{0}

Ni newidiwyd y storfa.</translation>
        </message>
        <message>
            <source>The previous contents are kept in {0}.</source>
            <translation>Cedwir y cynnwys blaenorol yn {0}.</translation>
        </message>
        <message>
            <source>Restored from {0}.</source>
            <translation>Wedi adfer o {0}.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Newid y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>The passphrase unlocks popdesk after it locks itself, and opens the store on a computer without its key. Changing it re-encrypts the store under a new key and issues a new recovery key: the old passphrase and recovery key will open nothing made from now on.</source>
            <translation>Mae’r cyfrinymadrodd yn datgloi popdesk ar ôl iddo gloi ei hun, ac yn agor y storfa ar gyfrifiadur heb ei hallwedd. Mae ei newid yn ail-amgryptio’r storfa dan allwedd newydd ac yn rhoi allwedd adfer newydd: ni fydd yr hen gyfrinymadrodd na’r hen allwedd adfer yn agor dim a wneir o hyn ymlaen.</translation>
        </message>
        <message>
            <source>The present passphrase:</source>
            <translation>Y cyfrinymadrodd presennol:</translation>
        </message>
        <message>
            <source>Passphrase not changed</source>
            <translation>Ni newidiwyd y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Newidiwyd y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>That is not the store's passphrase. Nothing was changed.</source>
            <translation>Nid dyna gyfrinymadrodd y storfa. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>New recovery key?</source>
            <translation>Allwedd adfer newydd?</translation>
        </message>
        <message>
            <source>The store will be re-encrypted under a new key, so that the old recovery key opens nothing. Make a new one?</source>
            <translation>Bydd y storfa’n cael ei hail-amgryptio dan allwedd newydd, fel na fydd yr hen allwedd adfer yn agor dim. Gwneud un newydd?</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Allwedd adfer newydd</translation>
        </message>
        <message>
            <source>The store's passphrase (it stays the same):</source>
            <translation>Cyfrinymadrodd y storfa (mae’n aros yr un fath):</translation>
        </message>
        <message>
            <source>No new recovery key</source>
            <translation>Dim allwedd adfer newydd</translation>
        </message>
        <message>
            <source>New recovery key made</source>
            <translation>Gwnaed allwedd adfer newydd</translation>
        </message>
        <message>
            <source>Backups made before</source>
            <translation>Copïau wrth gefn a wnaed o’r blaen</translation>
        </message>
        <message>
            <source>Backups made before this change: {0}. As they are, they still open with the old passphrase and recovery key (so does any copy made elsewhere). Re-encrypt them under the new key, or remove them?</source>
            <translation>Copïau wrth gefn a wnaed cyn y newid hwn: {0}. Fel y maent, maent yn dal i agor gyda’r hen gyfrinymadrodd a’r hen allwedd adfer (felly hefyd unrhyw gopi a wnaed mewn man arall). Eu hail-amgryptio dan yr allwedd newydd, neu eu tynnu?</translation>
        </message>
        <message>
            <source>&amp;Re-encrypt them</source>
            <translation>&amp;Ail-amgryptio</translation>
        </message>
        <message>
            <source>Re&amp;move them</source>
            <translation>&amp;Tynnu</translation>
        </message>
        <message>
            <source>&amp;Keep them as they are</source>
            <translation>&amp;Cadw fel y maent</translation>
        </message>
        <message>
            <source>Re-encrypting the store under a new key…</source>
            <translation>Yn ail-amgryptio’r storfa dan allwedd newydd…</translation>
        </message>
        <message>
            <source>Checking the store…</source>
            <translation>Wrthi’n gwirio’r storfa…</translation>
        </message>
        <message>
            <source>Check the store</source>
            <translation>Gwirio’r storfa</translation>
        </message>
        <message>
            <source>Integrity: {0}</source>
            <translation>Cyfanrwydd: {0}</translation>
        </message>
        <message>
            <source>whole, no damage found</source>
            <translation>cyfan, dim difrod</translation>
        </message>
        <message>
            <source>Encryption: SQLCipher (AES-256). {0}.</source>
            <translation>Amgryptio: SQLCipher (AES-256). {0}.</translation>
        </message>
        <message>
            <source>, the newest taken {0} UTC</source>
            <translation>, y diweddaraf wedi’i wneud {0} UTC</translation>
        </message>
        <message>
            <source>Backups: {0} in {1}{2}.</source>
            <translation>Copïau wrth gefn: {0} yn {1}{2}.</translation>
        </message>
        <message>
            <source>Audit log: {0} entries, each chained to the one before, none changed.</source>
            <translation>Log archwilio: {0} cofnod, pob un wedi’i gadwyno i’r un o’i flaen, dim un wedi’i newid.</translation>
        </message>
        <message>
            <source>entry {0}</source>
            <translation>cofnod {0}</translation>
        </message>
        <message>
            <source>an entry outside the chain</source>
            <translation>cofnod y tu allan i’r gadwyn</translation>
        </message>
        <message>
            <source>it was changed after it was written</source>
            <translation>cafodd ei newid ar ôl ei ysgrifennu</translation>
        </message>
        <message>
            <source>an entry before it was removed</source>
            <translation>tynnwyd cofnod o’i flaen</translation>
        </message>
        <message>
            <source>it was slipped in past the chain</source>
            <translation>cafodd ei osod i mewn heibio’r gadwyn</translation>
        </message>
        <message>
            <source>Audit log: tampered with. The chain breaks at {0} ({1}): {2}. Keep the store as it is and report it.</source>
            <translation>Log archwilio: mae rhywun wedi ymyrryd ag ef. Mae’r gadwyn yn torri yn {0} ({1}): {2}. Cadwch y storfa fel y mae a rhowch wybod.</translation>
        </message>
        <message>
            <source>{0} contacts are due a data-protection review (Tools menu).</source>
            <translation>Mae angen adolygiad diogelu data ar {0} o gysylltiadau (dewislen Offer).</translation>
        </message>
        <message>
            <source>Restore a backup (File menu) to repair the store.</source>
            <translation>Adferwch gopi wrth gefn (dewislen Ffeil) i drwsio’r storfa.</translation>
        </message>
    </context>
    <context>
        <name>StoreLock</name>
        <message>
            <source>This is a demo store: its passphrase is “{0}”.</source>
            <translation>Storfa arddangos yw hon: ei chyfrinymadrodd yw “{0}”.</translation>
        </message>
        <message>
            <source>popdesk locked itself after {0} minutes without use</source>
            <translation>Cloeodd popdesk ei hun ar ôl {0} munud heb ei ddefnyddio</translation>
        </message>
        <message>
            <source>popdesk was locked</source>
            <translation>Cafodd popdesk ei gloi</translation>
        </message>
        <message>
            <source>{0} and closed the store. Nothing unsaved was lost. {1}</source>
            <translation>{0} a chaeodd y storfa. Ni chollwyd dim heb ei gadw. {1}</translation>
        </message>
        <message>
            <source>Type the passphrase (or the recovery key) of {0} to carry on.</source>
            <translation>Teipiwch gyfrinymadrodd (neu allwedd adfer) {0} i barhau.</translation>
        </message>
        <message>
            <source>{0} has no passphrase yet: type its recovery key to carry on, then set a passphrase in Settings.</source>
            <translation>Nid oes gan {0} gyfrinymadrodd eto: teipiwch ei allwedd adfer i barhau, yna gosodwch gyfrinymadrodd yn y Gosodiadau.</translation>
        </message>
        <message>
            <source>popdesk is locked</source>
            <translation>Mae popdesk wedi’i gloi</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Wedi’i ddatgloi</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Checklist templates</source>
            <translation>Templedi rhestr wirio</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Templed</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Templed</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Enw</translation>
        </message>
        <message>
            <source>Template name</source>
            <translation>Enw’r templed</translation>
        </message>
        <message>
            <source>color: #b3261e;</source>
            <translation>color: #b3261e;</translation>
        </message>
        <message>
            <source>Items (ticked = required; double-click to edit)</source>
            <translation>Eitemau (ticio = gofynnol; clicio ddwywaith i olygu)</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Eitemau’r rhestr wirio</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Eitem newydd</translation>
        </message>
        <message>
            <source>A checklist item</source>
            <translation>Eitem rhestr wirio</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ychwanegu</translation>
        </message>
        <message>
            <source>Add the item (Enter)</source>
            <translation>Ychwanegu’r eitem (Enter)</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Ychwanegu eitem</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Remove the selected item</source>
            <translation>Tynnu’r eitem a ddewiswyd</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Tynnu eitem</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>I fyny</translation>
        </message>
        <message>
            <source>Move the selected item up</source>
            <translation>Symud yr eitem a ddewiswyd i fyny</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>I lawr</translation>
        </message>
        <message>
            <source>Move the selected item down</source>
            <translation>Symud yr eitem a ddewiswyd i lawr</translation>
        </message>
        <message>
            <source>Use this template for new handovers</source>
            <translation>Defnyddio’r templed hwn ar gyfer trosglwyddiadau newydd</translation>
        </message>
        <message>
            <source>New template…</source>
            <translation>Templed newydd…</translation>
        </message>
        <message>
            <source>Checklist templates – saved {0}</source>
            <translation>Templedi rhestr wirio – wedi cadw {0}</translation>
        </message>
    </context>
    <context>
        <name>TokenPicker</name>
        <message>
            <source>Type a name and press Enter</source>
            <translation>Teipiwch enw a phwyso Enter</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Wedi’u dewis</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Remove the selected name (Delete)</source>
            <translation>Tynnu’r enw a ddewiswyd (Delete)</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock popdesk</source>
            <translation>Datgloi popdesk</translation>
        </message>
        <message>
            <source>popdesk is locked</source>
            <translation>Mae popdesk wedi’i gloi</translation>
        </message>
        <message>
            <source>&amp;Passphrase or recovery key</source>
            <translation>&amp;Cyfrinymadrodd neu allwedd adfer</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Cyfrinymadrodd neu allwedd adfer</translation>
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation>&amp;Dangos beth rwy’n ei deipio</translation>
        </message>
        <message>
            <source>Why it did not unlock</source>
            <translation>Pam na wnaeth ddatgloi</translation>
        </message>
        <message>
            <source>&amp;Quit popdesk</source>
            <translation>&amp;Gadael popdesk</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Datgloi</translation>
        </message>
        <message>
            <source>That does not unlock the store. Check Caps Lock and the keyboard layout, or type the recovery key.</source>
            <translation>Nid yw hynny’n datgloi’r storfa. Gwiriwch Caps Lock a chynllun y bysellfwrdd, neu teipiwch yr allwedd adfer.</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>Teipiwch y cyfrinymadrodd yn gyntaf.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Who is using popdesk?</source>
            <translation>Pwy sy’n defnyddio popdesk?</translation>
        </message>
        <message>
            <source>popdesk names the person using it on the checklist items they tick, the sign-offs they record, the audit log and the documents they export. Choose yourself from the staff in this store (type part of your name). Until you do, popdesk records this computer's login, {0}. You can change this in File, Settings.</source>
            <translation>Mae popdesk yn enwi’r person sy’n ei ddefnyddio ar yr eitemau rhestr wirio a diciant, y cymeradwyaethau a gofnodant, y log archwilio a’r dogfennau a allforiant. Dewiswch eich hun o’r staff yn y storfa hon (teipiwch ran o’ch enw). Hyd nes y gwnewch, mae popdesk yn cofnodi mewngofnod y cyfrifiadur hwn, {0}. Gallwch newid hyn yn Ffeil, Gosodiadau.</translation>
        </message>
        <message>
            <source>Staff member using popdesk</source>
            <translation>Yr aelod o staff sy’n defnyddio popdesk</translation>
        </message>
        <message>
            <source>&amp;Use popdesk as this person</source>
            <translation>&amp;Defnyddio popdesk fel y person hwn</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nid nawr</translation>
        </message>
    </context>
    <context>
        <name>Enums</name>
        <message>
            <source>Local authority</source>
            <translation>Awdurdod lleol</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Iechyd</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Addysg</translation>
        </message>
        <message>
            <source>Fire and rescue</source>
            <translation>Tân ac achub</translation>
        </message>
        <message>
            <source>Probation</source>
            <translation>Prawf</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Tai</translation>
        </message>
        <message>
            <source>Other police force</source>
            <translation>Heddlu arall</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Sector preifat</translation>
        </message>
        <message>
            <source>Voluntary sector</source>
            <translation>Sector gwirfoddol</translation>
        </message>
        <message>
            <source>Academic</source>
            <translation>Academaidd</translation>
        </message>
        <message>
            <source>Community group</source>
            <translation>Grŵp cymunedol</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Unigolyn</translation>
        </message>
        <message>
            <source>Not yet known</source>
            <translation>Heb ei wybod eto</translation>
        </message>
        <message>
            <source>Problem-oriented</source>
            <translation>Yn seiliedig ar broblemau</translation>
        </message>
        <message>
            <source>Public health</source>
            <translation>Iechyd y cyhoedd</translation>
        </message>
        <message>
            <source>Asset-based</source>
            <translation>Yn seiliedig ar asedau</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Anhysbys</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Wyneb yn wyneb</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Galwad fideo</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Llythyr</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Cydsyniad</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Legal obligation</source>
            <translation>Rhwymedigaeth gyfreithiol</translation>
        </message>
        <message>
            <source>Vital interests</source>
            <translation>Buddiannau hanfodol</translation>
        </message>
        <message>
            <source>Public task</source>
            <translation>Tasg gyhoeddus</translation>
        </message>
        <message>
            <source>Legitimate interests</source>
            <translation>Buddiannau dilys</translation>
        </message>
        <message>
            <source>Law enforcement (DPA 2018 Part 3)</source>
            <translation>Gorfodi’r gyfraith (DPA 2018 Rhan 3)</translation>
        </message>
        <message>
            <source>Police officer</source>
            <translation>Swyddog heddlu</translation>
        </message>
        <message>
            <source>Police staff</source>
            <translation>Staff yr heddlu</translation>
        </message>
        <message>
            <source>PCSO</source>
            <translation>SCCH</translation>
        </message>
        <message>
            <source>Special constable</source>
            <translation>Cwnstabl gwirfoddol</translation>
        </message>
        <message>
            <source>Police support volunteer</source>
            <translation>Gwirfoddolwr cymorth yr heddlu</translation>
        </message>
        <message>
            <source>Community Safety Partnership</source>
            <translation>Partneriaeth Diogelwch Cymunedol</translation>
        </message>
        <message>
            <source>ASB case review panel</source>
            <translation>Panel adolygu achosion ymddygiad gwrthgymdeithasol</translation>
        </message>
        <message>
            <source>PACT meeting</source>
            <translation>Cyfarfod PACT</translation>
        </message>
        <message>
            <source>Pubwatch</source>
            <translation>Pubwatch</translation>
        </message>
        <message>
            <source>Safeguarding board</source>
            <translation>Bwrdd diogelu</translation>
        </message>
        <message>
            <source>Problem-solving panel</source>
            <translation>Panel datrys problemau</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wythnosol</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>Bob pythefnos</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Misol</translation>
        </message>
        <message>
            <source>Every six weeks</source>
            <translation>Bob chwe wythnos</translation>
        </message>
        <message>
            <source>Every two months</source>
            <translation>Bob deufis</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Chwarterol</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>Yn ôl yr angen</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Cadeirydd</translation>
        </message>
        <message>
            <source>Deputy</source>
            <translation>Dirprwy</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Wedi’i drefnu</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Wedi’i gynnal</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Wedi’i ganslo</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Yn bresennol</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>Ymddiheuriadau</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absennol</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Galwad</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Ymweliad</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Gweithdy</translation>
        </message>
        <message>
            <source>Joint training or CPD</source>
            <translation>Hyfforddiant ar y cyd neu DPP</translation>
        </message>
        <message>
            <source>Conference</source>
            <translation>Cynhadledd</translation>
        </message>
        <message>
            <source>Award ceremony</source>
            <translation>Seremoni wobrwyo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agored</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi’i wneud</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Wedi’i drosglwyddo</translation>
        </message>
        <message>
            <source>Scanning</source>
            <translation>Sganio</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Dadansoddi</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Ymateb</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Asesu</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Byw</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ar gau</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Uchel</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Canolig</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Isel</translation>
        </message>
        <message>
            <source>OFFICIAL</source>
            <translation>SWYDDOGOL</translation>
        </message>
        <message>
            <source>OFFICIAL-SENSITIVE</source>
            <translation>SWYDDOGOL-SENSITIF</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Drafft</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Gweithredol</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>Yn cael ei adolygu</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Wedi dod i ben</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Wedi’i derfynu</translation>
        </message>
        <message>
            <source>We share with them</source>
            <translation>Rydym ni’n rhannu â nhw</translation>
        </message>
        <message>
            <source>They share with us</source>
            <translation>Maen nhw’n rhannu â ni</translation>
        </message>
        <message>
            <source>Both ways</source>
            <translation>Y ddwy ffordd</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Rheolydd</translation>
        </message>
        <message>
            <source>Joint controller</source>
            <translation>Cyd-reolydd</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Prosesydd</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Derbynnydd</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Ar y gweill</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Wedi’i gwblhau</translation>
        </message>
        <message>
            <source>SPOC role</source>
            <translation>Rôl SPOC</translation>
        </message>
        <message>
            <source>Group seat</source>
            <translation>Sedd ar grŵp</translation>
        </message>
        <message>
            <source>Open action</source>
            <translation>Cam gweithredu agored</translation>
        </message>
        <message>
            <source>Live problem</source>
            <translation>Problem fyw</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Cytundeb</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Rhestr wirio</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>I’w wneud</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Dim angen</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Ymadawol</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Olynydd</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Goruchwyliwr</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Wedi’i greu</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Wedi’i ddiweddaru</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Wedi’i ddileu</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Wedi allforio</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Wedi’i ddileu’n llwyr</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Wedi’i fewnforio</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw’r cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agored</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Rhoi’r gorau iddi</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Gwaredu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gosod</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
    </context>
</TS>

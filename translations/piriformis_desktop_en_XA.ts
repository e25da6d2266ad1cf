<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Why these exercises</source>
        <translation>[Ŵĥý ţĥéšé éẋéŕçíšéš ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>The exercises</source>
        <translation>[Ţĥé éẋéŕçíšéš ẋẋ]</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({section}): {purpose}</source>
        <comment>an exercise, its kind, what it is for</comment>
        <translation>[&lt;b&gt;{name}&lt;/b&gt; ({section}): {purpose} ẋ]</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>[Ŵĥéŕé íţ çöɱéš ƒŕöɱ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>The routine follows {source} on {published}, by {authors}, {description}. The instructions here are written in our own words.</source>
        <translation>[Ţĥé ŕöûţíñé ƒöĺĺöŵš {source} öñ {published}, ƀý {authors}, {description}. Ţĥé íñšţŕûçţíöñš ĥéŕé áŕé ŵŕíţţéñ íñ öûŕ öŵñ ŵöŕđš. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructed parts.&lt;/b&gt; {note}</source>
        <translation>[&lt;b&gt;Ŕéçöñšţŕûçţéđ þáŕţš.&lt;/b&gt; {note} ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>[Šáƒéţýẋ]</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>[Áƀöûţ ţĥíš ŕöûţíñé ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{action}: {description}</source>
        <comment>a shortcut&apos;s command, then what it does</comment>
        <translation type="vanished">[{action}: {description}]</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>[Ķéýƀöáŕđ šĥöŕţçûţš ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>These keys work wherever the focus is in the window.</source>
        <translation>[Ţĥéšé ķéýš ŵöŕķ ŵĥéŕéṽéŕ ţĥé ƒöçûš íš íñ ţĥé ŵíñđöŵ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Your pain score, 0 (none) to 10 (worst imaginable), on the Ready card and in the check-in after a session: type 1 then 0 for 10</source>
        <translation type="vanished">[Ýöûŕ þáíñ šçöŕé, 0 (ñöñé) ţö 10 (ŵöŕšţ íɱáğíñáƀĺé), öñ ţĥé Ŕéáđý çáŕđ áñđ íñ ţĥé çĥéçķ-íñ áƒţéŕ á šéššíöñ: ţýþé 1 ţĥéñ 0 ƒöŕ 10 ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>[Éñţéŕ]</translation>
    </message>
    <message>
        <source>Save the check-in after a session</source>
        <translation type="vanished">[Šáṽé ţĥé çĥéçķ-íñ áƒţéŕ á šéššíöñ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>[Éñţéŕ, Éšç ẋ]</translation>
    </message>
    <message>
        <source>When the card asks whether to stop the session: Enter stops it, Esc carries on</source>
        <translation type="vanished">[Ŵĥéñ ţĥé çáŕđ ášķš ŵĥéţĥéŕ ţö šţöþ ţĥé šéššíöñ: Éñţéŕ šţöþš íţ, Éšç çáŕŕíéš öñ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Your pain score on the Ready card and in the check-in (1 then 0 is 10)</source>
        <translation>[Ýöûŕ þáíñ šçöŕé öñ ţĥé Ŕéáđý çáŕđ áñđ íñ ţĥé çĥéçķ-íñ (1 ţĥéñ 0 íš 10) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation>[Šáṽé ţĥé çĥéçķ-íñ ẋẋẋ]</translation>
    </message>
    <message>
        <source>On the card&apos;s stop question: Enter stops, Esc carries on</source>
        <translation>[Öñ ţĥé çáŕđ&apos;š šţöþ ǫûéšţíöñ: Éñţéŕ šţöþš, Éšç çáŕŕíéš öñ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>On one screen:</source>
        <translation>[Öñ öñé šçŕééñ: ẋẋ]</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>[Áƀöûţ %1ẋ]</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>[Ṽéŕšíöñ %1 ẋ]</translation>
    </message>
    <message>
        <source>A guided home routine for piriformis syndrome. It does not replace advice from your physiotherapist or doctor.</source>
        <translation>[Á ğûíđéđ ĥöɱé ŕöûţíñé ƒöŕ þíŕíƒöŕɱíš šýñđŕöɱé. Íţ đöéš ñöţ ŕéþĺáçé áđṽíçé ƒŕöɱ ýöûŕ þĥýšíöţĥéŕáþíšţ öŕ đöçţöŕ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>[Ƒŕéé šöƒţŵáŕé ûñđéŕ ţĥé ĞÑÛ Ğéñéŕáĺ Þûƀĺíç Ĺíçéñšé, ṽéŕšíöñ 3 öŕ ĺáţéŕ: ýöû ɱáý šĥáŕé áñđ çĥáñğé íţ ûñđéŕ íţš ţéŕɱš. Íţ çöɱéš ŵíţĥ ñö ŵáŕŕáñţý. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs and tomlkit; Licences lists them all with their terms.</source>
        <translation>[Ɓûíĺţ ŵíţĥ Ǫţ %1 áñđ ÞýŠíđé6 %2 (ĹĞÞĹ-3.0), þýǫţğŕáþĥ, ÑûɱÞý, þĺáţƒöŕɱđíŕš áñđ ţöɱĺķíţ; Ĺíçéñçéš ĺíšţš ţĥéɱ áĺĺ ŵíţĥ ţĥéíŕ ţéŕɱš. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>[&amp;Líçéñçéš… ẋ]</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>[Ĺíçéñçéšẋ]</translation>
    </message>
    <message>
        <source>This copy of the app was installed without its licence files. The licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>[Ţĥíš çöþý öƒ ţĥé áþþ ŵáš íñšţáĺĺéđ ŵíţĥöûţ íţš ĺíçéñçé ƒíĺéš. Ţĥé ĺíçéñçé íš ţĥé ĞÑÛ Ğéñéŕáĺ Þûƀĺíç Ĺíçéñšé, ṽéŕšíöñ 3 öŕ ĺáţéŕ: ĥţţþš://ŵŵŵ.ğñû.öŕğ/ĺíçéñšéš/ğþĺ-3.0.ĥţɱĺ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>[Ţĥíŕđ-þáŕţý ñöţíçéš ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>[ĞÑÛ Ğéñéŕáĺ Þûƀĺíç Ĺíçéñšé ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>{tip} ({shortcut})</source>
        <comment>a tooltip: what the action does, then its key</comment>
        <translation>[{tip} ({shortcut})]</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>[Šţáŕţ]</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>[Šţáŕţ, þáûšé öŕ ŕéšûɱé ţĥé šéššíöñ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>[◀ Þŕéṽíöûš ẋ]</translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the previous one</source>
        <translation>[Ŕéšţáŕţ ţĥíš éẋéŕçíšé, öŕ ğö ţö ţĥé þŕéṽíöûš öñé ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>[Ñéẋţ ▶ẋ]</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>[Šķíþ ţö ţĥé ñéẋţ éẋéŕçíšé ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Restart leg</source>
        <translation>[Ŕéšţáŕţ ĺéğ ẋ]</translation>
    </message>
    <message>
        <source>Start this leg&apos;s reps again</source>
        <translation type="vanished">[Šţáŕţ ţĥíš ĺéğ&apos;š ŕéþš áğáíñ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Restart this leg&apos;s reps</source>
        <translation>[Ŕéšţáŕţ ţĥíš ĺéğ&apos;š ŕéþš ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>[Šţöþ]</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>[Šţöþ ţĥé šéššíöñ (ášķš ƒíŕšţ) ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation>[&amp;Pŕíñţ ŕöûţíñé šĥééţ… ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Print the routine with your settings</source>
        <translation>[Þŕíñţ ţĥé ŕöûţíñé ŵíţĥ ýöûŕ šéţţíñğš ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Save routine sheet as &amp;PDF…</source>
        <translation>[Šáṽé ŕöûţíñé šĥééţ áš &amp;PĐƑ… ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Save the routine sheet as a PDF file</source>
        <translation>[Šáṽé ţĥé ŕöûţíñé šĥééţ áš á ÞĐƑ ƒíĺé ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Print progress &amp;report…</source>
        <translation>[Þŕíñţ þŕöğŕéšš &amp;réþöŕţ… ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>A report of your sessions and pain for your physiotherapist</source>
        <translation>[Á ŕéþöŕţ öƒ ýöûŕ šéššíöñš áñđ þáíñ ƒöŕ ýöûŕ þĥýšíöţĥéŕáþíšţ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>[&amp;Eẋþöŕţ ĥíšţöŕý… ẋẋẋ]</translation>
    </message>
    <message>
        <source>Save your history as a CSV file</source>
        <translation>[Šáṽé ýöûŕ ĥíšţöŕý áš á ÇŠṼ ƒíĺé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>&amp;Open prescription…</source>
        <translation>[&amp;Oþéñ þŕéšçŕíþţíöñ… ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Apply a prescription file from your physiotherapist</source>
        <translation>[Áþþĺý á þŕéšçŕíþţíöñ ƒíĺé ƒŕöɱ ýöûŕ þĥýšíöţĥéŕáþíšţ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Save as pres&amp;cription…</source>
        <translation>[Šáṽé áš þŕéš&amp;cŕíþţíöñ… ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Save the routine as set as a prescription file</source>
        <translation>[Šáṽé ţĥé ŕöûţíñé áš šéţ áš á þŕéšçŕíþţíöñ ƒíĺé ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>[&amp;Fûĺĺ šçŕééñ ẋ]</translation>
    </message>
    <message>
        <source>Large type for following from the mat</source>
        <translation>[Ĺáŕğé ţýþé ƒöŕ ƒöĺĺöŵíñğ ƒŕöɱ ţĥé ɱáţ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>[&amp;Kéýƀöáŕđ šĥöŕţçûţš ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>[Ĺíšţ ţĥé ķéýƀöáŕđ šĥöŕţçûţš ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>About this &amp;routine</source>
        <translation>[Áƀöûţ ţĥíš &amp;röûţíñé ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Why these exercises, credits, safety</source>
        <translation>[Ŵĥý ţĥéšé éẋéŕçíšéš, çŕéđíţš, šáƒéţý ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>&amp;About Piriformis Desktop</source>
        <translation>[&amp;Aƀöûţ Þíŕíƒöŕɱíš Đéšķţöþ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>[Ṽéŕšíöñ áñđ ĺíçéñçé ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Qûíţ]</translation>
    </message>
    <message>
        <source>Quit Piriformis Desktop</source>
        <translation>[Ǫûíţ Þíŕíƒöŕɱíš Đéšķţöþ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>[&amp;Fíĺé]</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>[&amp;Séššíöñẋ]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>[&amp;Víéŵ]</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>[&amp;Héĺþ]</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} is already open in another window. Both copies save to the same history; settings changed in one are not seen by the other until it is restarted.</source>
        <translation>[{app} íš áĺŕéáđý öþéñ íñ áñöţĥéŕ ŵíñđöŵ. Ɓöţĥ çöþíéš šáṽé ţö ţĥé šáɱé ĥíšţöŕý; šéţţíñğš çĥáñğéđ íñ öñé áŕé ñöţ šééñ ƀý ţĥé öţĥéŕ ûñţíĺ íţ íš ŕéšţáŕţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply a prescription</source>
        <translation>[Áþþĺý á þŕéšçŕíþţíöñ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {date}</source>
        <translation>[Þŕéšçŕíþţíöñ ƀý {name}, íššûéđ {date} ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>From {file}. %n setting(s) change; the others are already as prescribed.</source>
        <translation>
            <numerusform>[Ƒŕöɱ {file}. %n šéţţíñğ(š) çĥáñğé; ţĥé öţĥéŕš áŕé áĺŕéáđý áš þŕéšçŕíƀéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Ƒŕöɱ {file}. %n šéţţíñğ(š) çĥáñğé; ţĥé öţĥéŕš áŕé áĺŕéáđý áš þŕéšçŕíƀéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>[Ŕéṽíéŵ ƀý {date}. ẋẋ]</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>[Ñöţé: {note}ẋ]</translation>
    </message>
    <message>
        <source>Not used by this version, kept with the prescription: {keys}.</source>
        <translation>[Ñöţ ûšéđ ƀý ţĥíš ṽéŕšíöñ, ķéþţ ŵíţĥ ţĥé þŕéšçŕíþţíöñ: {keys}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>What the prescription changes</source>
        <translation>[Ŵĥáţ ţĥé þŕéšçŕíþţíöñ çĥáñğéš ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>[Šéţţíñğẋ]</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>[Ñöŵ]</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>[Þŕéšçŕíƀéđ ẋ]</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>[Áþþĺý]</translation>
    </message>
    <message>
        <source>Your settings now are kept: Undo in Settings brings them back in one click.</source>
        <translation>[Ýöûŕ šéţţíñğš ñöŵ áŕé ķéþţ: Ûñđö íñ Šéţţíñğš ƀŕíñğš ţĥéɱ ƀáçķ íñ öñé çĺíçķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>[ûšáğé: ẋ]</translation>
    </message>
    <message>
        <source>options</source>
        <comment>a heading of --help; a colon follows right after it</comment>
        <translation>[öþţíöñšẋ]</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <comment>a heading of --help; a colon follows</comment>
        <translation>[þöšíţíöñáĺ áŕğûɱéñţš ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>[šĥöŵ ţĥíš ĥéĺþ ɱéššáğé áñđ éẋíţ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>[%(þŕöğ)š: éŕŕöŕ: %(ɱéššáğé)š
 ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>[áŕğûɱéñţ %(áŕğûɱéñţ_ñáɱé)š: %(ɱéššáğé)š ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>[ûñŕéçöğñížéđ áŕğûɱéñţš: %š ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>[éẋþéçţéđ öñé áŕğûɱéñţ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>[íñṽáĺíđ çĥöíçé: %(ṽáĺûé)ŕ (çĥööšé ƒŕöɱ %(çĥöíçéš)š) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>[íñṽáĺíđ %(ţýþé)š ṽáĺûé: %(ṽáĺûé)ŕ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>[áɱƀíğûöûš öþţíöñ: %(öþţíöñ)š çöûĺđ ɱáţçĥ %(ɱáţçĥéš)š ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>[ţĥé ƒöĺĺöŵíñğ áŕğûɱéñţš áŕé ŕéǫûíŕéđ: %š ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>[íğñöŕéđ éẋþĺíçíţ áŕğûɱéñţ %ŕ ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>it is read-only, so it was not replaced</source>
        <translation>[íţ íš ŕéáđ-öñĺý, šö íţ ŵáš ñöţ ŕéþĺáçéđ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>[íţ íš á ƒöĺđéŕ, ñöţ á ƒíĺé ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>it is not a regular file, so it was not replaced</source>
        <translation>[íţ íš ñöţ á ŕéğûĺáŕ ƒíĺé, šö íţ ŵáš ñöţ ŕéþĺáçéđ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Reminders for your piriformis routine</source>
        <translation>[Ŕéɱíñđéŕš ƒöŕ ýöûŕ þíŕíƒöŕɱíš ŕöûţíñé ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Starting at login could not be set up: {reason}.</source>
        <translation>[Šţáŕţíñğ áţ ĺöğíñ çöûĺđ ñöţ ƀé šéţ ûþ: {reason}. ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Starting at login could not be removed: {reason}.</source>
        <translation>[Šţáŕţíñğ áţ ĺöğíñ çöûĺđ ñöţ ƀé ŕéɱöṽéđ: {reason}. ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Left leg: {exercise} starts again from the first rep.</source>
        <translation>[Ĺéƒţ ĺéğ: {exercise} šţáŕţš áğáíñ ƒŕöɱ ţĥé ƒíŕšţ ŕéþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Right leg: {exercise} starts again from the first rep.</source>
        <translation>[Ŕíğĥţ ĺéğ: {exercise} šţáŕţš áğáíñ ƒŕöɱ ţĥé ƒíŕšţ ŕéþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Skipped to exercise {number}: {exercise}.</source>
        <translation>[Šķíþþéđ ţö éẋéŕçíšé {number}: {exercise}. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Back to exercise {number}: {exercise}.</source>
        <translation>[Ɓáçķ ţö éẋéŕçíšé {number}: {exercise}. ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{exercise} starts again from the beginning.</source>
        <translation>[{exercise} šţáŕţš áğáíñ ƒŕöɱ ţĥé ƀéğíññíñğ. ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>The first letter of a cue after a comma: translate as exactly &apos;lower-case&apos;, or as exactly &apos;as written&apos; where it keeps its capital (German nouns)</comment>
        <translation>[ĺöŵéŕ-çášé ẋ]</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>[Ñéẋţ: ƒíñíšĥ ẋẋ]</translation>
    </message>
    <message>
        <source>Next: switch to your left leg</source>
        <translation>[Ñéẋţ: šŵíţçĥ ţö ýöûŕ ĺéƒţ ĺéğ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Next: switch to your right leg</source>
        <translation>[Ñéẋţ: šŵíţçĥ ţö ýöûŕ ŕíğĥţ ĺéğ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Next: rest {seconds} s</source>
        <translation>[Ñéẋţ: ŕéšţ {seconds} š ẋẋ]</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>[Ñéẋţ: {exercise}ẋ]</translation>
    </message>
    <message>
        <source>Next: rep {rep} of {reps}, {cue}</source>
        <translation>[Ñéẋţ: ŕéþ {rep} öƒ {reps}, {cue} ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Next: move {seconds} s</source>
        <translation>[Ñéẋţ: ɱöṽé {seconds} š ẋẋ]</translation>
    </message>
    <message>
        <source>Next: hold {seconds} s</source>
        <translation>[Ñéẋţ: ĥöĺđ {seconds} š ẋẋ]</translation>
    </message>
    <message>
        <source>Next: release {seconds} s</source>
        <translation type="vanished">[Ñéẋţ: ŕéĺéášé {seconds} š ẋẋẋ]</translation>
    </message>
    <message>
        <source>Next: move back {seconds} s</source>
        <translation>[Ñéẋţ: ɱöṽé ƀáçķ {seconds} š ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Next: get ready</source>
        <translation>[Ñéẋţ: ğéţ ŕéáđý ẋẋẋ]</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>[Šéššíöñ çöɱþĺéţé ẋẋẋ]</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>[Ŵéĺĺ đöñé ẋ]</translation>
    </message>
    <message>
        <source>Exercise {number} of {total} · {section}</source>
        <translation>[Éẋéŕçíšé {number} öƒ {total} · {section} ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>[Ŕéþ {rep} öƒ {reps} ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg</source>
        <translation>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ ẋẋẋ]</numerusform>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>[Šŵíţçĥ ţö ýöûŕ ĺéƒţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the left leg</source>
        <translation>
            <numerusform>[%n ŕéþ(š) ŵíţĥ ţĥé ĺéƒţ ĺéğ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n ŕéþ(š) ŵíţĥ ţĥé ĺéƒţ ĺéğ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>[Šŵíţçĥ ţö ýöûŕ ŕíğĥţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the right leg</source>
        <translation>
            <numerusform>[%n ŕéþ(š) ŵíţĥ ţĥé ŕíğĥţ ĺéğ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n ŕéþ(š) ŵíţĥ ţĥé ŕíğĥţ ĺéğ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest, then: {cue}</source>
        <translation>[Ŕéšţ, ţĥéñ: {cue} ẋẋ]</translation>
    </message>
    <message>
        <source>Up next · exercise {number} of {total} · {section}</source>
        <translation>[Ûþ ñéẋţ · éẋéŕçíšé {number} öƒ {total} · {section} ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{phase}. {cue}. {side}.</source>
        <translation>[{phase}. {cue}. {side}.ẋ]</translation>
    </message>
    <message>
        <source>{phase}. {cue}.</source>
        <translation>[{phase}. {cue}.]</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>[Ŕéáđý]</translation>
    </message>
    <message>
        <source>Ready to start {exercise}. Press Space to start.</source>
        <translation>[Ŕéáđý ţö šţáŕţ {exercise}. Þŕéšš Šþáçé ţö šţáŕţ. ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>[Þáûšéđẋ]</translation>
    </message>
    <message>
        <source>Paused. Press Space to resume.</source>
        <translation>[Þáûšéđ. Þŕéšš Šþáçé ţö ŕéšûɱé. ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Get back in position</source>
        <translation>[Ğéţ ƀáçķ íñ þöšíţíöñ ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Resuming in %n second(s).</source>
        <translation>
            <numerusform>[Ŕéšûɱíñğ íñ %n šéçöñđ(š). ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Ŕéšûɱíñğ íñ %n šéçöñđ(š). ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in of a past session</source>
        <translation>[Çĥéçķ-íñ öƒ á þášţ šéššíöñ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>[Šéššíöñẋ]</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>[Çáñçéĺ (Éšç) ẋẋ]</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>[Çáñçéĺ: çĥáñğé ñöţĥíñğ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>[Šéššíöñ:ẋ]</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>Check-in saved.</source>
        <translation>[Çĥéçķ-íñ šáṽéđ. ẋẋẋ]</translation>
    </message>
    <message>
        <source>Check-in skipped.</source>
        <translation>[Çĥéçķ-íñ šķíþþéđ. ẋẋẋ]</translation>
    </message>
    <message>
        <source>Check-in saved: pain {score} of 10.</source>
        <translation>[Çĥéçķ-íñ šáṽéđ: þáíñ {score} öƒ 10. ẋẋẋ ẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Pain check-in</source>
        <translation>[Þáíñ çĥéçķ-íñ ẋẋ]</translation>
    </message>
    <message>
        <source>How much does it hurt now?</source>
        <translation>[Ĥöŵ ɱûçĥ đöéš íţ ĥûŕţ ñöŵ? ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation type="vanished">[Þáíñ {score} öƒ 10 ẋẋ]</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>[Ñö þáíñẋ]</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>[Ŵöŕšţ íɱáğíñáƀĺé ẋẋẋ]</translation>
    </message>
    <message>
        <source>Where? (optional)</source>
        <translation>[Ŵĥéŕé? (öþţíöñáĺ) ẋẋẋ]</translation>
    </message>
    <message>
        <source>A short note for yourself or your physiotherapist (optional)</source>
        <translation>[Á šĥöŕţ ñöţé ƒöŕ ýöûŕšéĺƒ öŕ ýöûŕ þĥýšíöţĥéŕáþíšţ (öþţíöñáĺ) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñöţé]</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>[Šáṽé çĥéçķ-íñ ẋẋ]</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>[Šķíþ (Éšç) ẋ]</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>[Šķíþ ţĥé çĥéçķ-íñ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>[Ɓûţţöçķẋ]</translation>
    </message>
    <message>
        <source>Pain in the buttock</source>
        <translation>[Þáíñ íñ ţĥé ƀûţţöçķ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>[Ţĥíğĥ]</translation>
    </message>
    <message>
        <source>Pain in the thigh</source>
        <translation>[Þáíñ íñ ţĥé ţĥíğĥ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>[Ĺöŵéŕ ƀáçķ ẋ]</translation>
    </message>
    <message>
        <source>Pain in the lower back</source>
        <translation>[Þáíñ íñ ţĥé ĺöŵéŕ ƀáçķ ẋẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>expected a whole number from {first} to {last}, got {value}</source>
        <translation>[éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ ƒŕöɱ {first} ţö {last}, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{app}: a guided home routine for piriformis syndrome.</source>
        <translation>[{app}: á ğûíđéđ ĥöɱé ŕöûţíñé ƒöŕ þíŕíƒöŕɱíš šýñđŕöɱé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Set {variable}=N (N &gt;= 1) to run the session clock N times faster (demos, tests).</source>
        <translation>[Šéţ {variable}=Ñ (Ñ &gt;= 1) ţö ŕûñ ţĥé šéššíöñ çĺöçķ Ñ ţíɱéš ƒášţéŕ (đéɱöš, ţéšţš). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>[šĥöŵ ţĥíš ĥéĺþ ɱéššáğé áñđ éẋíţ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>[šĥöŵ þŕöğŕáɱ&apos;š ṽéŕšíöñ ñûɱƀéŕ áñđ éẋíţ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>open and start today&apos;s session at once</source>
        <translation>[öþéñ áñđ šţáŕţ ţöđáý&apos;š šéššíöñ áţ öñçé ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>open in full screen with large type</source>
        <translation>[öþéñ íñ ƒûĺĺ šçŕééñ ŵíţĥ ĺáŕğé ţýþé ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>write every session as CSV (- for stdout)</source>
        <translation>[ŵŕíţé éṽéŕý šéššíöñ áš ÇŠṼ (- ƒöŕ šţđöûţ) ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>add sessions from a CSV export, skipping duplicates</source>
        <translation>[áđđ šéššíöñš ƒŕöɱ á ÇŠṼ éẋþöŕţ, šķíþþíñğ đûþĺíçáţéš ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>write the routine sheet as a PDF and exit</source>
        <translation>[ŵŕíţé ţĥé ŕöûţíñé šĥééţ áš á ÞĐƑ áñđ éẋíţ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist</source>
        <translation>[ŵŕíţé á þŕöğŕéšš ŕéþöŕţ ƒöŕ ýöûŕ þĥýšíöţĥéŕáþíšţ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>apply a physiotherapist&apos;s prescription file, print what changed and exit</source>
        <translation>[áþþĺý á þĥýšíöţĥéŕáþíšţ&apos;š þŕéšçŕíþţíöñ ƒíĺé, þŕíñţ ŵĥáţ çĥáñğéđ áñđ éẋíţ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>write the current settings and prescription as a prescription file</source>
        <translation>[ŵŕíţé ţĥé çûŕŕéñţ šéţţíñğš áñđ þŕéšçŕíþţíöñ áš á þŕéšçŕíþţíöñ ƒíĺé ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>open the window and show what this prescription would change</source>
        <translation>[öþéñ ţĥé ŵíñđöŵ áñđ šĥöŵ ŵĥáţ ţĥíš þŕéšçŕíþţíöñ ŵöûĺđ çĥáñğé ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>weeks the report covers (default {weeks})</source>
        <translation>[ŵééķš ţĥé ŕéþöŕţ çöṽéŕš (đéƒáûĺţ {weeks}) ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>paper size for the PDFs (default: locale)</source>
        <translation>[þáþéŕ šížé ƒöŕ ţĥé ÞĐƑš (đéƒáûĺţ: ĺöçáĺé) ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>stopped by an unexpected problem ({kind}: {reason}); nothing more was done.</source>
        <translation>[šţöþþéđ ƀý áñ ûñéẋþéçţéđ þŕöƀĺéɱ ({kind}: {reason}); ñöţĥíñğ ɱöŕé ŵáš đöñé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>The sound server went away during the session</source>
        <translation>[Ţĥé šöûñđ šéŕṽéŕ ŵéñţ áŵáý đûŕíñğ ţĥé šéššíöñ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation>[Ţĥé šöûñđ “{name}” çöûĺđ ñöţ ƀé þĺáýéđ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>The sound system stopped responding ({message})</source>
        <translation>[Ţĥé šöûñđ šýšţéɱ šţöþþéđ ŕéšþöñđíñğ ({message}) ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>The sound system did not start</source>
        <translation>[Ţĥé šöûñđ šýšţéɱ đíđ ñöţ šţáŕţ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>The sound system stopped responding</source>
        <translation>[Ţĥé šöûñđ šýšţéɱ šţöþþéđ ŕéšþöñđíñğ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{reason}; sound cues go on from a fresh start of it.</source>
        <translation>[{reason}; šöûñđ çûéš ğö öñ ƒŕöɱ á ƒŕéšĥ šţáŕţ öƒ íţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {language}; prompts are read with another voice (install a {language} voice for espeak-ng or your speech engine)</source>
        <translation>[Ţĥé šþééçĥ éñğíñé ĥáš ñö ṽöíçé ƒöŕ {language}; þŕöɱþţš áŕé ŕéáđ ŵíţĥ áñöţĥéŕ ṽöíçé (íñšţáĺĺ á {language} ṽöíçé ƒöŕ éšþéáķ-ñğ öŕ ýöûŕ šþééçĥ éñğíñé) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Sound cues are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>[Šöûñđ çûéš áŕé öƒƒ ûñţíĺ Þíŕíƒöŕɱíš Đéšķţöþ íš ŕéšţáŕţéđ. {reason}. Ţĥíš šéššíöñ ğöéš öñ ŵíţĥöûţ ţĥéɱ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Voice prompts are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>[Ṽöíçé þŕöɱþţš áŕé öƒƒ ûñţíĺ Þíŕíƒöŕɱíš Đéšķţöþ íš ŕéšţáŕţéđ. {reason}. Ţĥíš šéššíöñ ğöéš öñ ŵíţĥöûţ ţĥéɱ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation>[Šöûñđ ñééđš Ǫţ Ṁûĺţíɱéđíá, ŵĥíçĥ çöûĺđ ñöţ ƀé ĺöáđéđ: {error} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>[ñöţ íñšţáĺĺéđ ẋẋ]</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation>[Ṽöíçé þŕöɱþţš ñééđ Ǫţ Ţéẋţ-ţö-Šþééçĥ, ŵĥíçĥ çöûĺđ ñöţ ƀé ĺöáđéđ: {error} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>No audio device was found</source>
        <translation>[Ñö áûđíö đéṽíçé ŵáš ƒöûñđ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation>[Ţĥé šþééçĥ éñğíñé šţöþþéđ ŵöŕķíñğ: {message} ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>The speech engine stopped answering (restarting speech-dispatcher, or logging out and in, usually helps)</source>
        <translation>[Ţĥé šþééçĥ éñğíñé šţöþþéđ áñšŵéŕíñğ (ŕéšţáŕţíñğ šþééçĥ-đíšþáţçĥéŕ, öŕ ĺöğğíñğ öûţ áñđ íñ, ûšûáĺĺý ĥéĺþš) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is running but not answering (restarting it, or logging out and in, usually helps)</source>
        <translation>[Ṽöíçé þŕöɱþţš ñééđ šþééçĥ-đíšþáţçĥéŕ, ŵĥíçĥ íš ŕûññíñğ ƀûţ ñöţ áñšŵéŕíñğ (ŕéšţáŕţíñğ íţ, öŕ ĺöğğíñğ öûţ áñđ íñ, ûšûáĺĺý ĥéĺþš) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation>[Ṽöíçé þŕöɱþţš ñééđ šþééçĥ-đíšþáţçĥéŕ, ŵĥíçĥ íš ñöţ íñšţáĺĺéđ öŕ ñöţ ŕûññíñğ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation>[Ñö šþééçĥ éñğíñé çöûĺđ ƀé šţáŕţéđ ({problems}) ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>No speech engine was found (install speech-dispatcher for voice prompts)</source>
        <translation>[Ñö šþééçĥ éñğíñé ŵáš ƒöûñđ (íñšţáĺĺ šþééçĥ-đíšþáţçĥéŕ ƒöŕ ṽöíçé þŕöɱþţš) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>No speech engine was found</source>
        <translation>[Ñö šþééçĥ éñğíñé ŵáš ƒöûñđ ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Session complete</source>
        <translation>[Šéššíöñ çöɱþĺéţé ẋẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}, right leg</source>
        <translation>[{exercise}, ŕíğĥţ ĺéğ ẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}, left leg</source>
        <translation>[{exercise}, ĺéƒţ ĺéğ ẋ]</translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>[Šŵíţçĥ ţö ýöûŕ ŕíğĥţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>[Šŵíţçĥ ţö ýöûŕ ĺéƒţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken when a hold begins</comment>
        <translation>[Ĥöĺđ]</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken when a rest begins</comment>
        <translation>[Ŕéšţ]</translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <source>Sessions day by day, last 12 weeks</source>
        <translation type="vanished">[Šéššíöñš đáý ƀý đáý, ĺášţ 12 ŵééķš ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Sessions day by day, last %n week(s)</source>
        <translation>
            <numerusform>[Šéššíöñš đáý ƀý đáý, ĺášţ %n ŵééķ(š) ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Šéššíöñš đáý ƀý đáý, ĺášţ %n ŵééķ(š) ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{active} of the last {days} days had a finished session.</source>
        <translation>[{active} öƒ ţĥé ĺášţ {days} đáýš ĥáđ á ƒíñíšĥéđ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>the page could not be opened for drawing</source>
        <translation>[ţĥé þáğé çöûĺđ ñöţ ƀé öþéñéđ ƒöŕ đŕáŵíñğ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>unknown paper size &apos;{paper}&apos;; use a4 or letter</source>
        <translation>[ûñķñöŵñ þáþéŕ šížé &apos;{paper}&apos;; ûšé á4 öŕ ĺéţţéŕ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>could not write {path}: the PDF came out empty (is the disk full?)</source>
        <translation>[çöûĺđ ñöţ ŵŕíţé {path}: ţĥé ÞĐƑ çáɱé öûţ éɱþţý (íš ţĥé đíšķ ƒûĺĺ?) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>[çöûĺđ ñöţ ŵŕíţé {path}: {reason} ẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Save routine sheet as PDF</source>
        <translation>[Šáṽé ŕöûţíñé šĥééţ áš ÞĐƑ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[ÞĐƑ ƒíĺéš (*.þđƒ) ẋẋẋ]</translation>
    </message>
    <message>
        <source>The routine sheet was not saved: {reason}.</source>
        <translation>[Ţĥé ŕöûţíñé šĥééţ ŵáš ñöţ šáṽéđ: {reason}. ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}</source>
        <translation>[Šáṽéđ ţĥé ŕöûţíñé šĥééţ ţö {path} ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>DoseStepWords</name>
    <message numerus="yes">
        <source>%n finished session(s) in a row at this dose with pain after at most {ceiling} of 10 and no safety flag.</source>
        <translation>
            <numerusform>[%n ƒíñíšĥéđ šéššíöñ(š) íñ á ŕöŵ áţ ţĥíš đöšé ŵíţĥ þáíñ áƒţéŕ áţ ɱöšţ {ceiling} öƒ 10 áñđ ñö šáƒéţý ƒĺáğ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</numerusform>
            <numerusform>[%n ƒíñíšĥéđ šéššíöñ(š) íñ á ŕöŵ áţ ţĥíš đöšé ŵíţĥ þáíñ áƒţéŕ áţ ɱöšţ {ceiling} öƒ 10 áñđ ñö šáƒéţý ƒĺáğ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>A safety flag after the session on {day}.</source>
        <translation>[Á šáƒéţý ƒĺáğ áƒţéŕ ţĥé šéššíöñ öñ {day}. ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>about {seconds} s</source>
        <translation>[áƀöûţ {seconds} š ẋ]</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>[áƀöûţ {minutes} ɱíñ ẋ]</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s</source>
        <translation>[áƀöûţ {minutes} ɱíñ {seconds} š ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>GoalGroup</name>
    <message>
        <source>Goal, sound and look</source>
        <translation>[Ğöáĺ, šöûñđ áñđ ĺööķ ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>[%n šéššíöñ(š) á ŵééķ ẋẋẋẋ]</numerusform>
            <numerusform>[%n šéššíöñ(š) á ŵééķ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation>[Šöûñđ çûéš (ţíçķš íñ ţĥé ĺášţ šéçöñđš öƒ á ĥöĺđ, çĥíɱéš) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>[Šöûñđ çûéš ẋ]</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>[Çûé ṽöĺûɱé ẋ]</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation>[Ṽöíçé þŕöɱþţš (&quot;Ĥöĺđ&quot;, &quot;Šŵíţçĥ ţö ýöûŕ ĺéƒţ ĺéğ&quot;) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation>[Ṽöíçé þŕöɱþţš ẋẋ]</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation>[Ŵĥý šöûñđ íš ûñáṽáíĺáƀĺé ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>[Ƒöĺĺöŵ ţĥé šýšţéɱ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>[Ĺíğĥţ]</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>[Đáŕķ]</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>[Ĥíğĥ çöñţŕášţ ẋẋ]</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>[Çöĺöûŕ ţĥéɱé ẋẋ]</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>[Ĺáñğûáğéẋ]</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>[Ṽöĺûɱéẋ]</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>[Çöĺöûŕšẋ]</translation>
    </message>
</context>
<context>
    <name>HistoryButtons</name>
    <message>
        <source>Check-in…</source>
        <translation>[Çĥéçķ-íñ… ẋ]</translation>
    </message>
    <message>
        <source>Add or change the check-in of a past session</source>
        <translation>[Áđđ öŕ çĥáñğé ţĥé çĥéçķ-íñ öƒ á þášţ šéššíöñ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>[Íɱþöŕţ…ẋ]</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation>[Íɱþöŕţ šéššíöñš ƒŕöɱ á ÇŠṼ ƒíĺé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>[Éẋþöŕţ…ẋ]</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>[Éẋþöŕţ ţĥé ĥíšţöŕý áš á ÇŠṼ ƒíĺé ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>[Éẋþöŕţéđ %n šéššíöñ(š) ţö {path} ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Éẋþöŕţéđ %n šéššíöñ(š) ţö {path} ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write to standard output: {reason}.</source>
        <translation>[çöûĺđ ñöţ ŵŕíţé ţö šţáñđáŕđ öûţþûţ: {reason}. ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>your history cannot be written, so nothing was imported.</source>
        <translation>[ýöûŕ ĥíšţöŕý çáññöţ ƀé ŵŕíţţéñ, šö ñöţĥíñğ ŵáš íɱþöŕţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation type="vanished">[çöûĺđ ñöţ ŕéáđ {path}: {reason} ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({duplicates} already there).</source>
        <translation>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path} ({duplicates} áĺŕéáđý ţĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path} ({duplicates} áĺŕéáđý ţĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>[Çöûĺđ ñöţ ŵŕíţé {path}: {reason}. ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>[Çöûĺđ ñöţ ŕéáđ {path}: {reason}. ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: the file is empty; expected a header row: {columns}.</source>
        <translation>[ĺíñé {line}: ţĥé ƒíĺé íš éɱþţý; éẋþéçţéđ á ĥéáđéŕ ŕöŵ: {columns}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>line {line}: missing column(s) {missing}; an export has: {columns}.</source>
        <translation>
            <numerusform>[ĺíñé {line}: ɱíššíñğ çöĺûɱñ(š) {missing}; áñ éẋþöŕţ ĥáš: {columns}. ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[ĺíñé {line}: ɱíššíñğ çöĺûɱñ(š) {missing}; áñ éẋþöŕţ ĥáš: {columns}. ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line {line}: expected %n value(s), found {found}.</source>
        <translation>
            <numerusform>[ĺíñé {line}: éẋþéçţéđ %n ṽáĺûé(š), ƒöûñđ {found}. ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
            <numerusform>[ĺíñé {line}: éẋþéçţéđ %n ṽáĺûé(š), ƒöûñđ {found}. ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: more than {limit} sessions, so this is not an export of this app.</source>
        <translation>[ĺíñé {line}: ɱöŕé ţĥáñ {limit} šéššíöñš, šö ţĥíš íš ñöţ áñ éẋþöŕţ öƒ ţĥíš áþþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({reason}).</source>
        <translation>[ĺíñé {line}: ñöţ ŕéáđáƀĺé áš ÇŠṼ ({reason}). ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text, so not an export of this app.</source>
        <translation>[ĺíñé {line}: ñöţ ÛŢƑ-8 ţéẋţ, šö ñöţ áñ éẋþöŕţ öƒ ţĥíš áþþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date and time with a time zone, like {example}, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ á đáţé áñđ ţíɱé ŵíţĥ á ţíɱé žöñé, ĺíķé {example}, ğöţ {value}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date like {example}, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ á đáţé ĺíķé {example}, ğöţ {value}. ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a number of seconds, 0 or more, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ á ñûɱƀéŕ öƒ šéçöñđš, 0 öŕ ɱöŕé, ğöţ {value}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected {one} or {other}, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ {one} öŕ {other}, ğöţ {value}. ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ, ğöţ {value}. ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, 0 or more, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ, 0 öŕ ɱöŕé, ğöţ {value}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected the settings as a JSON object, like {example}, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ ţĥé šéţţíñğš áš á ĴŠÖÑ öƀĵéçţ, ĺíķé {example}, ğöţ {value}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number from 0 to 10, or nothing, got {value}.</source>
        <translation>[ĺíñé {line}: {column}: éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ ƒŕöɱ 0 ţö 10, öŕ ñöţĥíñğ, ğöţ {value}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: {reason}.</source>
        <translation>[ĺíñé {line}: {reason}. ẋ]</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters, so this is not an export of this app.</source>
        <translation>[ĺíñé {line} íš ĺöñğéŕ ţĥáñ {limit} çĥáŕáçţéŕš, šö ţĥíš íš ñöţ áñ éẋþöŕţ öƒ ţĥíš áþþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>line {line}: the file is larger than {limit} MB, so this is not an export of this app.</source>
        <translation>[ĺíñé {line}: ţĥé ƒíĺé íš ĺáŕğéŕ ţĥáñ {limit} ṀƁ, šö ţĥíš íš ñöţ áñ éẋþöŕţ öƒ ţĥíš áþþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>HistoryOpening</name>
    <message>
        <source>Your history file {path} is damaged and could not be moved aside ({reason}); sessions will play but will not be saved.</source>
        <translation>[Ýöûŕ ĥíšţöŕý ƒíĺé {path} íš đáɱáğéđ áñđ çöûĺđ ñöţ ƀé ɱöṽéđ ášíđé ({reason}); šéššíöñš ŵíĺĺ þĺáý ƀûţ ŵíĺĺ ñöţ ƀé šáṽéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path} and a new one was started.</source>
        <translation>[Ýöûŕ ĥíšţöŕý ƒíĺé ŵáš đáɱáğéđ; íţ ŵáš ɱöṽéđ ţö {path} áñđ á ñéŵ öñé ŵáš šţáŕţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path}, and a new one could not be created ({reason}); sessions will play but will not be saved.</source>
        <translation>[Ýöûŕ ĥíšţöŕý ƒíĺé ŵáš đáɱáğéđ; íţ ŵáš ɱöṽéđ ţö {path}, áñđ á ñéŵ öñé çöûĺđ ñöţ ƀé çŕéáţéđ ({reason}); šéššíöñš ŵíĺĺ þĺáý ƀûţ ŵíĺĺ ñöţ ƀé šáṽéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>[Ýöûŕ ĥíšţöŕý ƒíĺé {path} çáññöţ ƀé ûšéđ ({reason}); šéššíöñš ŵíĺĺ þĺáý ƀûţ ŵíĺĺ ñöţ ƀé šáṽéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Your history in {folder} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>[Ýöûŕ ĥíšţöŕý íñ {folder} çáññöţ ƀé ûšéđ ({reason}); šéššíöñš ŵíĺĺ þĺáý ƀûţ ŵíĺĺ ñöţ ƀé šáṽéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation>[ţĥé đíšķ íţ íš öñ íš ŕéáđ-öñĺý ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>the file belongs to another user</source>
        <translation>[ţĥé ƒíĺé ƀéĺöñğš ţö áñöţĥéŕ ûšéŕ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>the file&apos;s permissions let you neither read nor change it</source>
        <translation>[ţĥé ƒíĺé&apos;š þéŕɱíššíöñš ĺéţ ýöû ñéíţĥéŕ ŕéáđ ñöŕ çĥáñğé íţ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>[ţĥé ƒíĺé íš ŕéáđ-öñĺý ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>the folder belongs to another user</source>
        <translation>[ţĥé ƒöĺđéŕ ƀéĺöñğš ţö áñöţĥéŕ ûšéŕ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>[ţĥé ƒöĺđéŕ íš ŕéáđ-öñĺý ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>[íţ ŵáš ŵŕíţţéñ ƀý á ñéŵéŕ ṽéŕšíöñ öƒ ţĥé áþþ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Your history was saved by a newer version of Piriformis Desktop, so this version will not change it: sessions will play but will not be saved.</source>
        <translation>[Ýöûŕ ĥíšţöŕý ŵáš šáṽéđ ƀý á ñéŵéŕ ṽéŕšíöñ öƒ Þíŕíƒöŕɱíš Đéšķţöþ, šö ţĥíš ṽéŕšíöñ ŵíĺĺ ñöţ çĥáñğé íţ: šéššíöñš ŵíĺĺ þĺáý ƀûţ ŵíĺĺ ñöţ ƀé šáṽéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be changed ({reason}); past sessions are shown, but new ones will not be saved.</source>
        <translation>[Ýöûŕ ĥíšţöŕý ƒíĺé {path} çáññöţ ƀé çĥáñğéđ ({reason}); þášţ šéššíöñš áŕé šĥöŵñ, ƀûţ ñéŵ öñéš ŵíĺĺ ñöţ ƀé šáṽéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>The disk that holds your history {path} is full: new sessions will not be saved until some room is freed.</source>
        <translation>[Ţĥé đíšķ ţĥáţ ĥöĺđš ýöûŕ ĥíšţöŕý {path} íš ƒûĺĺ: ñéŵ šéššíöñš ŵíĺĺ ñöţ ƀé šáṽéđ ûñţíĺ šöɱé ŕööɱ íš ƒŕééđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>[ñöţ áñ ŠǪĹíţé ƒíĺé ẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>HistorySource</name>
    <message>
        <source>Your history is not open.</source>
        <translation>[Ýöûŕ ĥíšţöŕý íš ñöţ öþéñ. ẋẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the folder is read-only or not yours</source>
        <translation>[ţĥé ƒöĺđéŕ íš ŕéáđ-öñĺý öŕ ñöţ ýöûŕš ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>[ţĥé đíšķ íš ƒûĺĺ ẋẋẋ]</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>[ţĥé ƒíĺé öŕ íţš ƒöĺđéŕ íš ŕéáđ-öñĺý ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>another copy of the app kept it busy for too long</source>
        <translation>[áñöţĥéŕ çöþý öƒ ţĥé áþþ ķéþţ íţ ƀûšý ƒöŕ ţöö ĺöñğ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>the file cannot be created or opened there</source>
        <translation>[ţĥé ƒíĺé çáññöţ ƀé çŕéáţéđ öŕ öþéñéđ ţĥéŕé ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>[ţĥé đíšķ ŕéþöŕţéđ áñ éŕŕöŕ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>The history {path} is closed.</source>
        <translation>[Ţĥé ĥíšţöŕý {path} íš çĺöšéđ. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>The check-in was not saved: {reason}.</source>
        <translation>[Ţĥé çĥéçķ-íñ ŵáš ñöţ šáṽéđ: {reason}. ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>The history file {path} cannot be written: {reason}.</source>
        <translation>[Ţĥé ĥíšţöŕý ƒíĺé {path} çáññöţ ƀé ŵŕíţţéñ: {reason}. ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>The history file {path} could not be written: {reason}.</source>
        <translation>[Ţĥé ĥíšţöŕý ƒíĺé {path} çöûĺđ ñöţ ƀé ŵŕíţţéñ: {reason}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {reason}.</source>
        <translation>[Ţĥé ĥíšţöŕý ƒíĺé {path} çöûĺđ ñöţ ƀé ŕéáđ: {reason}. ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Export history</source>
        <translation>[Éẋþöŕţ ĥíšţöŕý ẋẋ]</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>[ÇŠṼ ƒíĺéš (*.çšṽ) ẋẋẋ]</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>[Ñöţĥíñğ ŵáš éẋþöŕţéđ: {reason} ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>[Éẋþöŕţéđ %n šéššíöñ(š) ţö {path}. ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Éẋþöŕţéđ %n šéššíöñ(š) ţö {path}. ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>[Íɱþöŕţ ĥíšţöŕý ẋẋ]</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>[ÇŠṼ ƒíĺéš (*.çšṽ);;Áĺĺ ƒíĺéš (*) ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>[Ŕéáđíñğ {path}… ẋ]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Çáñçéĺẋ]</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>[Ţĥé íɱþöŕţ ŵáš çáñçéĺĺéđ; ñöţĥíñğ ŵáš íɱþöŕţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>[Ñöţĥíñğ ŵáš íɱþöŕţéđ: {reason} ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} from {path} (%n were already here).</source>
        <translation>
            <numerusform>[Íɱþöŕţéđ {sessions} ƒŕöɱ {path} (%n ŵéŕé áĺŕéáđý ĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
            <numerusform>[Íɱþöŕţéđ {sessions} ƒŕöɱ {path} (%n ŵéŕé áĺŕéáđý ĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({skipped} were already here).</source>
        <translation type="vanished">
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path} ({skipped} ŵéŕé áĺŕéáđý ĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</numerusform>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path} ({skipped} ŵéŕé áĺŕéáđý ĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path}.</source>
        <translation>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path}. ẋẋẋ ẋẋ ẋ]</numerusform>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path}. ẋẋẋ ẋẋ ẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history yet</source>
        <translation>[Ñö ĥíšţöŕý ýéţ ẋẋ]</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>[Šéššíöñš þéŕ ŵééķ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Pain after each session (0 none, 10 worst)</source>
        <translation type="vanished">[Þáíñ áƒţéŕ éáçĥ šéššíöñ (0 ñöñé, 10 ŵöŕšţ) ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="vanished">[Ĺášţ 12 ŵééķš ẋẋ]</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="vanished">[Šĥöŵ ţĥé ĺášţ 12 ŵééķš ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Last %n week(s)</source>
        <translation type="vanished">[Ĺášţ %n ŵééķ(š) ẋẋ]</translation>
    </message>
    <message>
        <source>Show the last %n week(s)</source>
        <translation type="vanished">[Šĥöŵ ţĥé ĺášţ %n ŵééķ(š) ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>[Ŵĥöĺé ĥíšţöŕý ẋẋ]</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>[Šĥöŵ ţĥé ŵĥöĺé ĥíšţöŕý ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Pain before and after (0 none, 10 worst)</source>
        <translation>[Þáíñ ƀéƒöŕé áñđ áƒţéŕ (0 ñöñé, 10 ŵöŕšţ) ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>[Šáƒéţý ƒĺáğš ẋẋ]</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>[Þáíñ ţŕéñđ ẋ]</translation>
    </message>
    <message>
        <source>Sessions of the chosen week</source>
        <translation>[Šéššíöñš öƒ ţĥé çĥöšéñ ŵééķ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="vanished">[Íɱþöŕţ…ẋ]</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation type="vanished">[Íɱþöŕţ šéššíöñš ƒŕöɱ á ÇŠṼ ƒíĺé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">[Éẋþöŕţ…ẋ]</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation type="vanished">[Éẋþöŕţ ţĥé ĥíšţöŕý áš á ÇŠṼ ƒíĺé ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Your history cannot be written, so nothing can be imported.</source>
        <translation>[Ýöûŕ ĥíšţöŕý çáññöţ ƀé ŵŕíţţéñ, šö ñöţĥíñğ çáñ ƀé íɱþöŕţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>stopped early (beside, not counted)</source>
        <translation type="vanished">[šţöþþéđ éáŕĺý (ƀéšíđé, ñöţ çöûñţéđ) ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>stopped early (not counted)</source>
        <translation>[šţöþþéđ éáŕĺý (ñöţ çöûñţéđ) ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>before</source>
        <translation>[ƀéƒöŕéẋ]</translation>
    </message>
    <message>
        <source>after</source>
        <translation>[áƒţéŕ]</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>[ţŕéñđ]</translation>
    </message>
    <message>
        <source>safety flag</source>
        <translation>[šáƒéţý ƒĺáğ ẋ]</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Your history is not available&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sessions still play from start to end, but they are not saved. The notice above says why.&lt;/p&gt;</source>
        <translation>[&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Ýöûŕ ĥíšţöŕý íš ñöţ áṽáíĺáƀĺé&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Šéššíöñš šţíĺĺ þĺáý ƒŕöɱ šţáŕţ ţö éñđ, ƀûţ ţĥéý áŕé ñöţ šáṽéđ. Ţĥé ñöţíçé áƀöṽé šáýš ŵĥý.&lt;/p&gt; ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first session on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation>[&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Ñö šéššíöñš ýéţ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Šţáŕţ ýöûŕ ƒíŕšţ šéššíöñ öñ ţĥé &lt;b&gt;Šéššíöñ&lt;/b&gt; ţáƀ (þŕéšš &lt;b&gt;Šþáçé&lt;/b&gt;).&lt;br&gt;Éṽéŕý šéššíöñ ýöû ƒíñíšĥ šĥöŵš ûþ ĥéŕé, ŵééķ ƀý ŵééķ, áğáíñšţ ýöûŕ ğöáĺ öƒ {goal} á ŵééķ.&lt;/p&gt;&lt;p&gt;Ṁöṽíñğ ƒŕöɱ áñöţĥéŕ çöɱþûţéŕ? Ûšé &lt;b&gt;Íɱþöŕţ…&lt;/b&gt; ŵíţĥ ţĥé ÇŠṼ ýöû éẋþöŕţéđ ţĥéŕé.&lt;/p&gt; ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first routine on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation type="vanished">[&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Ñö šéššíöñš ýéţ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Šţáŕţ ýöûŕ ƒíŕšţ ŕöûţíñé öñ ţĥé &lt;b&gt;Šéššíöñ&lt;/b&gt; ţáƀ (þŕéšš &lt;b&gt;Šþáçé&lt;/b&gt;).&lt;br&gt;Éṽéŕý šéššíöñ ýöû ƒíñíšĥ šĥöŵš ûþ ĥéŕé, ŵééķ ƀý ŵééķ, áğáíñšţ ýöûŕ ğöáĺ öƒ {goal} á ŵééķ.&lt;/p&gt;&lt;p&gt;Ṁöṽíñğ ƒŕöɱ áñöţĥéŕ çöɱþûţéŕ? Ûšé &lt;b&gt;Íɱþöŕţ…&lt;/b&gt; ŵíţĥ ţĥé ÇŠṼ ýöû éẋþöŕţéđ ţĥéŕé.&lt;/p&gt; ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{trend} {rising}</source>
        <comment>two sentences about pain, one after the other</comment>
        <translation type="vanished">[{trend} {rising}]</translation>
    </message>
    <message>
        <source>finished, goal met ★</source>
        <translation>[ƒíñíšĥéđ, ğöáĺ ɱéţ ★ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>[ƒíñíšĥéđẋ]</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="vanished">[šţöþþéđ éáŕĺý ẋẋ]</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>[ğöáĺ: {goal} á ŵééķ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation>[Áþþĺíéš ŵĥéñ ýöû ŕéšţáŕţ Þíŕíƒöŕɱíš Đéšķţöþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>[Ŕéšţáŕţ ñöŵ ẋ]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>[Šéššíöñẋ]</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>[Šéţţíñğšẋ]</translation>
    </message>
    <message>
        <source>History</source>
        <translation>[Ĥíšţöŕýẋ]</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>[Šţöþ ţĥíš šéššíöñ? ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as stopped early.</source>
        <translation type="vanished">[Šţöþ ţĥíš šéššíöñ ñöŵ? Íţ ŵíĺĺ ƀé ķéþţ íñ ýöûŕ ĥíšţöŕý áš šţöþþéđ éáŕĺý. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as not completed.</source>
        <translation type="vanished">[Šţöþ ţĥíš šéššíöñ ñöŵ? Íţ ŵíĺĺ ƀé ķéþţ íñ ýöûŕ ĥíšţöŕý áš ñöţ çöɱþĺéţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>What you have done so far is kept in your history.</source>
        <translation>[Ŵĥáţ ýöû ĥáṽé đöñé šö ƒáŕ íš ķéþţ íñ ýöûŕ ĥíšţöŕý. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation>[Šţöþ (Éñţéŕ) ẋẋ]</translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation>[Ķééþ ğöíñğ (Éšç) ẋẋẋ]</translation>
    </message>
    <message>
        <source>Keep reminders running?</source>
        <translation>[Ķééþ ŕéɱíñđéŕš ŕûññíñğ? ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Reminders are on. Keep Piriformis Desktop running in the system tray when this window is closed, so they can appear? (You can change this in settings.toml: close_to_tray.)</source>
        <translation>[Ŕéɱíñđéŕš áŕé öñ. Ķééþ Þíŕíƒöŕɱíš Đéšķţöþ ŕûññíñğ íñ ţĥé šýšţéɱ ţŕáý ŵĥéñ ţĥíš ŵíñđöŵ íš çĺöšéđ, šö ţĥéý çáñ áþþéáŕ? (Ýöû çáñ çĥáñğé ţĥíš íñ šéţţíñğš.ţöɱĺ: çĺöšé_ţö_ţŕáý.) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>[Ñöţíçéẋ]</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>[Đíšɱíššẋ]</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>[Đíšɱíšš ñöţíçé ẋẋ]</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>Last 12 weeks, day by day</source>
        <translation type="vanished">[Ĺášţ 12 ŵééķš, đáý ƀý đáý ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>this week — goal of %n met ✓</source>
        <translation>
            <numerusform>[ţĥíš ŵééķ — ğöáĺ öƒ %n ɱéţ ✓ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[ţĥíš ŵééķ — ğöáĺ öƒ %n ɱéţ ✓ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation>[{done} öƒ {goal}ẋ]</translation>
    </message>
    <message>
        <source>this week — goal met ✓</source>
        <translation>[ţĥíš ŵééķ — ğöáĺ ɱéţ ✓ ẋẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>this week — %n to go</source>
        <translation type="vanished">
            <numerusform>[ţĥíš ŵééķ — %n ţö ğö ẋẋẋẋ]</numerusform>
            <numerusform>[ţĥíš ŵééķ — %n ţö ğö ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s), day by day</source>
        <translation>
            <numerusform>[Ĺášţ %n ŵééķ(š), đáý ƀý đáý ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Ĺášţ %n ŵééķ(š), đáý ƀý đáý ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this week — %n more to reach your goal of {goal}</source>
        <translation>
            <numerusform>[ţĥíš ŵééķ — %n ɱöŕé ţö ŕéáçĥ ýöûŕ ğöáĺ öƒ {goal} ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[ţĥíš ŵééķ — %n ɱöŕé ţö ŕéáçĥ ýöûŕ ğöáĺ öƒ {goal} ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>First week</source>
        <translation>[Ƒíŕšţ ŵééķ ẋ]</translation>
    </message>
    <message>
        <source>welcome! Weeks at your goal count from here</source>
        <translation>[ŵéĺçöɱé! Ŵééķš áţ ýöûŕ ğöáĺ çöûñţ ƒŕöɱ ĥéŕé ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>in a row at your goal</source>
        <translation>[íñ á ŕöŵ áţ ýöûŕ ğöáĺ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>[ƀéšţ šţŕéáķ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>finished, %n stopped early</source>
        <translation>
            <numerusform>[ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>[ƒíñíšĥéđẋ]</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>[{hours} ĥ {minutes} ɱíñ ẋ]</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>[éẋéŕçíšéđ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>minute(s) exercised</source>
        <translation>
            <numerusform>[ɱíñûţé(š) éẋéŕçíšéđ ẋẋẋẋ]</numerusform>
            <numerusform>[ɱíñûţé(š) éẋéŕçíšéđ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>last session</source>
        <translation>[ĺášţ šéššíöñ ẋẋ]</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>[{caption}: {value}]</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>[Ţöđáý]</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>[Ýéšţéŕđáý ẋ]</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <source>Your physiotherapist&apos;s next step</source>
        <translation>[Ýöûŕ þĥýšíöţĥéŕáþíšţ&apos;š ñéẋţ šţéþ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Take this step (Enter)</source>
        <translation>[Ţáķé ţĥíš šţéþ (Éñţéŕ) ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>[Ñöţ ñöŵ (Éšç) ẋẋ]</translation>
    </message>
    <message>
        <source>One step back? It stays within what {name} prescribed.</source>
        <translation>[Öñé šţéþ ƀáçķ? Íţ šţáýš ŵíţĥíñ ŵĥáţ {name} þŕéšçŕíƀéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Ready for the next step? It stays within what {name} prescribed.</source>
        <translation>[Ŕéáđý ƒöŕ ţĥé ñéẋţ šţéþ? Íţ šţáýš ŵíţĥíñ ŵĥáţ {name} þŕéšçŕíƀéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>One step back, within what {name} prescribed?</source>
        <translation type="vanished">[Öñé šţéþ ƀáçķ, ŵíţĥíñ ŵĥáţ {name} þŕéšçŕíƀéđ? ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Ready for the next step {name} prescribed?</source>
        <translation type="vanished">[Ŕéáđý ƒöŕ ţĥé ñéẋţ šţéþ {name} þŕéšçŕíƀéđ? ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}: from {reps_before} reps with a {hold_before} s hold to {reps} reps with a {hold} s hold. {reason}</source>
        <translation>[{exercise}: ƒŕöɱ {reps_before} ŕéþš ŵíţĥ á {hold_before} š ĥöĺđ ţö {reps} ŕéþš ŵíţĥ á {hold} š ĥöĺđ. {reason} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain after each session, 0 to 10</source>
        <translation type="vanished">[Þáíñ áƒţéŕ éáçĥ šéššíöñ, 0 ţö 10 ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Pain before and after each session, 0 to 10</source>
        <translation>[Þáíñ ƀéƒöŕé áñđ áƒţéŕ éáçĥ šéššíöñ, 0 ţö 10 ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} of 10</source>
        <translation>[Þáíñ {score} öƒ 10 ẋẋ]</translation>
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>Your pain scores have gone up over the last two weeks. It may be worth checking in with your physiotherapist.</source>
        <translation type="vanished">[Ýöûŕ þáíñ šçöŕéš ĥáṽé ğöñé ûþ öṽéŕ ţĥé ĺášţ ţŵö ŵééķš. Íţ ɱáý ƀé ŵöŕţĥ çĥéçķíñğ íñ ŵíţĥ ýöûŕ þĥýšíöţĥéŕáþíšţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>PhaseKind</name>
    <message>
        <source>Get ready</source>
        <translation>[Ğéţ ŕéáđý ẋ]</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>[Ṁöṽé]</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>[Ĥöĺđ]</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>[Ṁöṽé ƀáçķ ẋ]</translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="vanished">[Ŕéĺéášéẋ]</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>[Šŵíţçĥ ĺéğš ẋ]</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>[Ŕéšţ]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Đöñé]</translation>
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message>
        <source>1 second left</source>
        <translation type="vanished">[1 šéçöñđ ĺéƒţ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation type="vanished">
            <numerusform>[%n šéçöñđš ĺéƒţ ẋẋ]</numerusform>
            <numerusform>[%n šéçöñđš ĺéƒţ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain before this session (optional)</source>
        <translation>[Þáíñ ƀéƒöŕé ţĥíš šéššíöñ (öþţíöñáĺ) ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>[Šéššíöñ þŕöğŕéšš ẋẋẋ]</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>[ÞÁÛŠÉĐẋ]</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>[Þŕéšš Šþáçé ţö šţáŕţ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>[{time} ĺéƒţẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>[%n šéçöñđ(š) ĺéƒţ ẋẋẋ]</numerusform>
            <numerusform>[%n šéçöñđ(š) ĺéƒţ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>[ŔÍĞĤŢ ĹÉĞ ẋ]</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>[ĹÉƑŢ ĹÉĞẋ]</translation>
    </message>
</context>
<context>
    <name>PrescriptionBanner</name>
    <message>
        <source>Undo: back to my settings before</source>
        <translation>[Ûñđö: ƀáçķ ţö ɱý šéţţíñğš ƀéƒöŕé ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>[Ñöţé: {note}ẋ]</translation>
    </message>
    <message>
        <source>Changed by you, not as prescribed: {settings}.</source>
        <translation>[Çĥáñğéđ ƀý ýöû, ñöţ áš þŕéšçŕíƀéđ: {settings}. ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>PrescriptionCommands</name>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>[{problem} Ñöţĥíñğ ŵáš çĥáñğéđ. ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{file} was not applied: your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>[{file} ŵáš ñöţ áþþĺíéđ: ýöûŕ ĥíšţöŕý çáññöţ ƀé ŵŕíţţéñ, šö ţĥé þŕéšçŕíþţíöñ çöûĺđ ñöţ ƀé ķéþţ. Ñöţĥíñğ ŵáš çĥáñğéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {issued}:</source>
        <translation>[Þŕéšçŕíþţíöñ ƀý {name}, íššûéđ {issued}: ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>  {key}: {before} -&gt; {after}</source>
        <translation>[  {key}: {before} -&gt; {after} ẋ]</translation>
    </message>
    <message>
        <source>  {key}: {value} (unchanged)</source>
        <translation>[  {key}: {value} (ûñçĥáñğéđ) ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{file} has keys this version does not use ({keys}); they were kept with the prescription and not applied.</source>
        <translation>[{file} ĥáš ķéýš ţĥíš ṽéŕšíöñ đöéš ñöţ ûšé ({keys}); ţĥéý ŵéŕé ķéþţ ŵíţĥ ţĥé þŕéšçŕíþţíöñ áñđ ñöţ áþþĺíéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Applied to {path}.</source>
        <translation>[Áþþĺíéđ ţö {path}. ẋẋ]</translation>
    </message>
    <message>
        <source>no prescription is in force, so there is no one to name as its author; use File &gt; Save as prescription… in the window. Nothing was written.</source>
        <translation>[ñö þŕéšçŕíþţíöñ íš íñ ƒöŕçé, šö ţĥéŕé íš ñö öñé ţö ñáɱé áš íţš áûţĥöŕ; ûšé Ƒíĺé &gt; Šáṽé áš þŕéšçŕíþţíöñ… íñ ţĥé ŵíñđöŵ. Ñöţĥíñğ ŵáš ŵŕíţţéñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>[{file} çöûĺđ ñöţ ƀé ŵŕíţţéñ: {reason}. ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Wrote the prescription to {path}.</source>
        <translation>[Ŵŕöţé ţĥé þŕéšçŕíþţíöñ ţö {path}. ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>PrescriptionFile</name>
    <message>
        <source>{file}: these settings cannot be used together: {reason}.</source>
        <translation>[{file}: ţĥéšé šéţţíñğš çáññöţ ƀé ûšéđ ţöğéţĥéŕ: {reason}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>[{file} çöûĺđ ñöţ ƀé ŕéáđ: {reason}. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} KB, far more than a prescription needs; it was not read.</source>
        <translation>[{file} íš ĺáŕğéŕ ţĥáñ {limit} ĶƁ, ƒáŕ ɱöŕé ţĥáñ á þŕéšçŕíþţíöñ ñééđš; íţ ŵáš ñöţ ŕéáđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not text (UTF-8).</source>
        <translation>[{file} íš ñöţ á þŕéšçŕíþţíöñ: íţ íš ñöţ ţéẋţ (ÛŢƑ-8). ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not valid TOML ({reason}).</source>
        <translation>[{file} íš ñöţ á þŕéšçŕíþţíöñ: íţ íš ñöţ ṽáĺíđ ŢÖṀĹ ({reason}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}.</source>
        <translation>[{file}: {key}: {problem}.ẋ]</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key}: {problem}.</source>
        <translation>[{file}, ĺíñé {line}: {key}: {problem}. ẋẋẋ]</translation>
    </message>
    <message>
        <source>{file}: {problem}.</source>
        <translation>[{file}: {problem}.]</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}.</source>
        <translation>[{file}, ĺíñé {line}: {problem}. ẋẋ]</translation>
    </message>
    <message>
        <source>this is not a prescription (a prescription says format = &quot;{format}&quot;)</source>
        <translation>[ţĥíš íš ñöţ á þŕéšçŕíþţíöñ (á þŕéšçŕíþţíöñ šáýš ƒöŕɱáţ = &quot;{format}&quot;) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>[éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ, ğöţ {value} ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>this prescription is version {version}, written for a newer app; this app reads version {known}</source>
        <translation>[ţĥíš þŕéšçŕíþţíöñ íš ṽéŕšíöñ {version}, ŵŕíţţéñ ƒöŕ á ñéŵéŕ áþþ; ţĥíš áþþ ŕéáđš ṽéŕšíöñ {known} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>the review date is before the date issued</source>
        <translation>[ţĥé ŕéṽíéŵ đáţé íš ƀéƒöŕé ţĥé đáţé íššûéđ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>expected a table per exercise</source>
        <translation>[éẋþéçţéđ á ţáƀĺé þéŕ éẋéŕçíšé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>no such exercise in this routine (it has {known})</source>
        <translation>[ñö šûçĥ éẋéŕçíšé íñ ţĥíš ŕöûţíñé (íţ ĥáš {known}) ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>[éẋþéçţéđ á ţáƀĺé ẋẋẋ]</translation>
    </message>
    <message>
        <source>{cap} is missing, and there is no {dose} to take it from</source>
        <translation>[{cap} íš ɱíššíñğ, áñđ ţĥéŕé íš ñö {dose} ţö ţáķé íţ ƒŕöɱ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>the maximum {value} is below the prescribed {dose} of {given}</source>
        <translation>[ţĥé ɱáẋíɱûɱ {value} íš ƀéĺöŵ ţĥé þŕéšçŕíƀéđ {dose} öƒ {given} ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>expected text in quotes, got {value}</source>
        <translation>[éẋþéçţéđ ţéẋţ íñ ǫûöţéš, ğöţ {value} ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>expected one line of at most {limit} characters</source>
        <translation>[éẋþéçţéđ öñé ĺíñé öƒ áţ ɱöšţ {limit} çĥáŕáçţéŕš ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>expected a date written 2026-12-01, got {value}</source>
        <translation>[éẋþéçţéđ á đáţé ŵŕíţţéñ 2026-12-01, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>PrescriptionPart</name>
    <message>
        <source>{exercise}: up to max {reps} reps and a {hold} s hold, {after} sessions at a dose with pain at most {ceiling} before a step</source>
        <translation>[{exercise}: ûþ ţö ɱáẋ {reps} ŕéþš áñđ á {hold} š ĥöĺđ, {after} šéššíöñš áţ á đöšé ŵíţĥ þáíñ áţ ɱöšţ {ceiling} ƀéƒöŕé á šţéþ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Prescribed by {name} on {date}.</source>
        <translation>[Þŕéšçŕíƀéđ ƀý {name} öñ {date}. ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>[Ŕéṽíéŵ ƀý {date}. ẋẋ]</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>[Ñöţé: {note}ẋ]</translation>
    </message>
    <message>
        <source>Limits: {limits}.</source>
        <translation>[Ĺíɱíţš: {limits}. ẋ]</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>[Þŕéšçŕíþţíöñ ẋẋ]</translation>
    </message>
    <message>
        <source>step up</source>
        <translation>[šţéþ ûþẋ]</translation>
    </message>
    <message>
        <source>step back</source>
        <translation>[šţéþ ƀáçķ ẋ]</translation>
    </message>
    <message>
        <source>changed by the patient</source>
        <translation>[çĥáñğéđ ƀý ţĥé þáţíéñţ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s (prescribed)</source>
        <translation>[{date}: {reps} × {hold} š (þŕéšçŕíƀéđ) ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s ({kind})</source>
        <translation>[{date}: {reps} × {hold} š ({kind}) ẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}, dose over time: {changes}.</source>
        <translation>[{exercise}, đöšé öṽéŕ ţíɱé: {changes}. ẋẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>PrescriptionPresenter</name>
    <message>
        <source>From your physiotherapist: {note}</source>
        <translation>[Ƒŕöɱ ýöûŕ þĥýšíöţĥéŕáþíšţ: {note} ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{setting}: {value}, above the {limit} {name} prescribed.</source>
        <translation>[{setting}: {value}, áƀöṽé ţĥé {limit} {name} þŕéšçŕíƀéđ. ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Go past the prescribed limit?</source>
        <translation>[Ğö þášţ ţĥé þŕéšçŕíƀéđ ĺíɱíţ? ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>It will be marked as your own change, in Settings and in the report.</source>
        <translation>[Íţ ŵíĺĺ ƀé ɱáŕķéđ áš ýöûŕ öŵñ çĥáñğé, íñ Šéţţíñğš áñđ íñ ţĥé ŕéþöŕţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Open prescription</source>
        <translation>[Öþéñ þŕéšçŕíþţíöñ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix});;TOML files (*.toml)</source>
        <translation>[Þŕéšçŕíþţíöñš (*{suffix});;ŢÖṀĹ ƒíĺéš (*.ţöɱĺ) ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Prescription not applied</source>
        <translation>[Þŕéšçŕíþţíöñ ñöţ áþþĺíéđ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>[{problem} Ñöţĥíñğ ŵáš çĥáñğéđ. ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>[Ýöûŕ ĥíšţöŕý çáññöţ ƀé ŵŕíţţéñ, šö ţĥé þŕéšçŕíþţíöñ çöûĺđ ñöţ ƀé ķéþţ. Ñöţĥíñğ ŵáš çĥáñğéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>The new dose is saved; it applies from your next session.</source>
        <translation>[Ţĥé ñéŵ đöšé íš šáṽéđ; íţ áþþĺíéš ƒŕöɱ ýöûŕ ñéẋţ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>The dose stays as it is.</source>
        <translation>[Ţĥé đöšé šţáýš áš íţ íš. ẋẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>PrescriptionWords</name>
    <message>
        <source>Your history is not open.</source>
        <translation>[Ýöûŕ ĥíšţöŕý íš ñöţ öþéñ. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Changed by you in Settings.</source>
        <translation>[Çĥáñğéđ ƀý ýöû íñ Šéţţíñğš. ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}: in the routine</source>
        <translation>[{exercise}: íñ ţĥé ŕöûţíñé ẋẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}: reps each leg</source>
        <translation>[{exercise}: ŕéþš éáçĥ ĺéğ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}: hold (seconds)</source>
        <translation>[{exercise}: ĥöĺđ (šéçöñđš) ẋẋẋ]</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">[Ŵĥíçĥ ĺéğ ğöéš ƒíŕšţ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="vanished">[Šéššíöñš á ŵééķ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Get ready (seconds)</source>
        <translation type="vanished">[Ğéţ ŕéáđý (šéçöñđš) ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Move into the hold (seconds)</source>
        <translation type="vanished">[Ṁöṽé íñţö ţĥé ĥöĺđ (šéçöñđš) ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Move back (seconds)</source>
        <translation type="vanished">[Ṁöṽé ƀáçķ (šéçöñđš) ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Rest (seconds)</source>
        <translation type="vanished">[Ŕéšţ (šéçöñđš) ẋẋ]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>[ýéš]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>[ñö]</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>[ŕíğĥţ ĺéğ ẋ]</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>[ĺéƒţ ĺéğẋ]</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>[áĺţéŕñáţé ẋ]</translation>
    </message>
    <message>
        <source>Set by {name} on {date}.</source>
        <translation>[Šéţ ƀý {name} öñ {date}. ẋẋ]</translation>
    </message>
    <message>
        <source>The review was due on {date}: ask your physiotherapist.</source>
        <translation>[Ţĥé ŕéṽíéŵ ŵáš đûé öñ {date}: ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>The review is due today ({date}).</source>
        <translation>[Ţĥé ŕéṽíéŵ íš đûé ţöđáý ({date}). ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Progress report</source>
        <translation>[Þŕöğŕéšš ŕéþöŕţ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>[Þŕíñţéđ {date} ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {first} to {end} (%n week(s))</source>
        <translation>
            <numerusform>[{title}: {first} ţö {end} (%n ŵééķ(š)) ẋẋẋ ẋ]</numerusform>
            <numerusform>[{title}: {first} ţö {end} (%n ŵééķ(š)) ẋẋẋ ẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: since {first}, %n week(s)</source>
        <translation>
            <numerusform>[{title}: šíñçé {first}, %n ŵééķ(š) ẋẋẋ ẋ]</numerusform>
            <numerusform>[{title}: šíñçé {first}, %n ŵééķ(š) ẋẋẋ ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Adherence: none yet; this week counts once it is over or its goal is met.</source>
        <translation>[Áđĥéŕéñçé: ñöñé ýéţ; ţĥíš ŵééķ çöûñţš öñçé íţ íš öṽéŕ öŕ íţš ğöáĺ íš ɱéţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Adherence since {first}: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>[Áđĥéŕéñçé šíñçé {first}: {percent}% öƒ ţĥé ğöáĺ&apos;š šéššíöñš; ţĥé ğöáĺ ŵáš ɱéţ íñ {met} öƒ %n ŵééķ(š). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[Áđĥéŕéñçé šíñçé {first}: {percent}% öƒ ţĥé ğöáĺ&apos;š šéššíöñš; ţĥé ğöáĺ ŵáš ɱéţ íñ {met} öƒ %n ŵééķ(š). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>[Šéššíöñšẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) finished and {stopped} stopped early in {weeks}.</source>
        <translation>
            <numerusform>[%n šéššíöñ(š) ƒíñíšĥéđ áñđ {stopped} šţöþþéđ éáŕĺý íñ {weeks}. ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[%n šéššíöñ(š) ƒíñíšĥéđ áñđ {stopped} šţöþþéđ éáŕĺý íñ {weeks}. ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n a week.</source>
        <translation>
            <numerusform>[Ğöáĺ: %n á ŵééķ. ẋẋẋ]</numerusform>
            <numerusform>[Ğöáĺ: %n á ŵééķ. ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of {weeks} weeks.</source>
        <translation type="vanished">[Áđĥéŕéñçé: {percent}% öƒ ţĥé ğöáĺ&apos;š šéššíöñš; ţĥé ğöáĺ ŵáš ɱéţ íñ {met} öƒ {weeks} ŵééķš. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation type="vanished">
            <numerusform>[Áđĥéŕéñçé: {percent}% öƒ ţĥé ğöáĺ&apos;š šéššíöñš; ţĥé ğöáĺ ŵáš ɱéţ íñ {met} öƒ %n ŵééķ(š). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</numerusform>
            <numerusform>[Áđĥéŕéñçé: {percent}% öƒ ţĥé ğöáĺ&apos;š šéššíöñš; ţĥé ğöáĺ ŵáš ɱéţ íñ {met} öƒ %n ŵééķ(š). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine as currently set</source>
        <translation>[Ţĥé ŕöûţíñé áš çûŕŕéñţĺý šéţ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{name}: {dose}</source>
        <translation>[{name}: {dose}]</translation>
    </message>
    <message>
        <source>{name}: not in the routine</source>
        <translation>[{name}: ñöţ íñ ţĥé ŕöûţíñé ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{doses}. Each exercise on both legs; {start_side}. Tempo: move {move} s, move back {release} s; {rest} s rest between legs and exercises. A session takes {length}.</source>
        <translation>[{doses}. Éáçĥ éẋéŕçíšé öñ ƀöţĥ ĺéğš; {start_side}. Ţéɱþö: ɱöṽé {move} š, ɱöṽé ƀáçķ {release} š; {rest} š ŕéšţ ƀéţŵééñ ĺéğš áñđ éẋéŕçíšéš. Á šéššíöñ ţáķéš {length}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Pain after sessions (0 no pain, 10 worst imaginable)</source>
        <translation type="vanished">[Þáíñ áƒţéŕ šéššíöñš (0 ñö þáíñ, 10 ŵöŕšţ íɱáğíñáƀĺé) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>[Ŵééķ ƀý ŵééķ ẋẋ]</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>[Ŵééķ ƒŕöɱ ẋ]</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>[Ƒíñíšĥéđẋ]</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>[Šţöþþéđ éáŕĺý ẋẋ]</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>[Ğöáĺ ɱéţẋ]</translation>
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation type="vanished">[Þáíñ (ɱéáñ) ẋ]</translation>
    </message>
    <message>
        <source>Pain before (ring) and after (dot) sessions (0 no pain, 10 worst imaginable)</source>
        <translation>[Þáíñ ƀéƒöŕé (ŕíñğ) áñđ áƒţéŕ (đöţ) šéššíöñš (0 ñö þáíñ, 10 ŵöŕšţ íɱáğíñáƀĺé) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>[Ṁíñûţéšẋ]</translation>
    </message>
    <message>
        <source>Pain before → after (mean)</source>
        <translation>[Þáíñ ƀéƒöŕé → áƒţéŕ (ɱéáñ) ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>[ýéš]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>[ñö]</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>[{before} → {after}]</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>[Šáƒéţý ƒĺáğš ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier flag(s) in this period, not listed.</source>
        <translation>
            <numerusform>[%n éáŕĺíéŕ ƒĺáğ(š) íñ ţĥíš þéŕíöđ, ñöţ ĺíšţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</numerusform>
            <numerusform>[%n éáŕĺíéŕ ƒĺáğ(š) íñ ţĥíš þéŕíöđ, ñöţ ĺíšţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {flag}</source>
        <translation>[{day}: {flag}]</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s)</source>
        <translation>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) ẋẋẋ]</numerusform>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from check-ins</source>
        <translation>[Ñöţéš ƒŕöɱ çĥéçķ-íñš ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) in the exported history (File &gt; Export history).</source>
        <translation>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) íñ ţĥé éẋþöŕţéđ ĥíšţöŕý (Ƒíĺé &gt; Éẋþöŕţ ĥíšţöŕý). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) íñ ţĥé éẋþöŕţéđ ĥíšţöŕý (Ƒíĺé &gt; Éẋþöŕţ ĥíšţöŕý). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 [{where}] {note}</source>
        <translation>[{day}: þáíñ {pain}/10 [{where}] {note} ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 {note}</source>
        <translation>[{day}: þáíñ {pain}/10 {note} ẋẋ]</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <translation>[{day}: {note}]</translation>
    </message>
    <message>
        <source>Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated on the 0-10 numeric rating scale after each session.</source>
        <translation>[Ŕéçöŕđéđ ƀý ţĥé ûšéŕ ŵíţĥ Þíŕíƒöŕɱíš Đéšķţöþ, á ğûíđéđ ĥöɱé ŕöûţíñé. Þáíñ íš šéĺƒ-ŕáţéđ öñ ţĥé 0-10 ñûɱéŕíç ŕáţíñğ šçáĺé áƒţéŕ éáçĥ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>[Þŕíñţ þŕöğŕéšš ŕéþöŕţ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>piriformis-desktop: --weeks must be 1 or more</source>
        <translation type="vanished">[þíŕíƒöŕɱíš-đéšķţöþ: --ŵééķš ɱûšţ ƀé 1 öŕ ɱöŕé ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.</source>
        <translation>
            <numerusform>[Ŵŕöţé ţĥé þŕöğŕéšš ŕéþöŕţ ƒöŕ %n ŵééķ(š) ({sessions} íñ ţĥé ĥíšţöŕý) ţö {path}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Ŵŕöţé ţĥé þŕöğŕéšš ŕéþöŕţ ƒöŕ %n ŵééķ(š) ({sessions} íñ ţĥé ĥíšţöŕý) ţö {path}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeButtons</name>
    <message>
        <source>Last 12 weeks</source>
        <translation type="vanished">[Ĺášţ 12 ŵééķš ẋẋ]</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="vanished">[Šĥöŵ ţĥé ĺášţ 12 ŵééķš ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation type="vanished">[Ŵĥöĺé ĥíšţöŕý ẋẋ]</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation type="vanished">[Šĥöŵ ţĥé ŵĥöĺé ĥíšţöŕý ẋẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>RangeWords</name>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>[Ĺášţ %n ŵééķ(š) ẋẋ]</numerusform>
            <numerusform>[Ĺášţ %n ŵééķ(š) ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n week(s)</source>
        <translation>
            <numerusform>[Šĥöŵ ţĥé ĺášţ %n ŵééķ(š) ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Šĥöŵ ţĥé ĺášţ %n ŵééķ(š) ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Piriformis Desktop</source>
        <translation>[Öþéñ Þíŕíƒöŕɱíš Đéšķţöþ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>[Ǫûíţ]</translation>
    </message>
    <message>
        <source>No system tray was found, so reminders cannot be shown.</source>
        <translation>[Ñö šýšţéɱ ţŕáý ŵáš ƒöûñđ, šö ŕéɱíñđéŕš çáññöţ ƀé šĥöŵñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Time for your piriformis routine</source>
        <translation>[Ţíɱé ƒöŕ ýöûŕ þíŕíƒöŕɱíš ŕöûţíñé ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Tap here when you are on the mat; the session is ready to start.</source>
        <translation>[Ţáþ ĥéŕé ŵĥéñ ýöû áŕé öñ ţĥé ɱáţ; ţĥé šéššíöñ íš ŕéáđý ţö šţáŕţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>expected a list of days like {example}, got {value}</source>
        <translation>[éẋþéçţéđ á ĺíšţ öƒ đáýš ĺíķé {example}, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>unknown day {day}; use {days}</source>
        <translation>[ûñķñöŵñ đáý {day}; ûšé {days} ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>expected a time like {example}, got {value}</source>
        <translation>[éẋþéçţéđ á ţíɱé ĺíķé {example}, ğöţ {value} ẋẋẋ ẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>[Ŕéɱíñđéŕš ẋ]</translation>
    </message>
    <message>
        <source>Remind me on these days, unless I have already done the routine</source>
        <translation>[Ŕéɱíñđ ɱé öñ ţĥéšé đáýš, ûñĺéšš Í ĥáṽé áĺŕéáđý đöñé ţĥé ŕöûţíñé ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>[Ŕéɱíñđ öñ {day} ẋ]</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>[Ŕéɱíñđéŕ ţíɱé ẋẋ]</translation>
    </message>
    <message>
        <source>at</source>
        <comment>between the reminder days and the reminder time</comment>
        <translation>[áţ]</translation>
    </message>
    <message>
        <source>Start Piriformis Desktop when I log in (so reminders can come)</source>
        <translation>[Šţáŕţ Þíŕíƒöŕɱíš Đéšķţöþ ŵĥéñ Í ĺöğ íñ (šö ŕéɱíñđéŕš çáñ çöɱé) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>[Šţáŕţ áţ ĺöğíñ ẋẋ]</translation>
    </message>
    <message>
        <source>Why reminders are unavailable</source>
        <translation>[Ŵĥý ŕéɱíñđéŕš áŕé ûñáṽáíĺáƀĺé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message numerus="yes">
        <source>Review by {date} (in %n day(s)).</source>
        <translation>
            <numerusform>[Ŕéṽíéŵ ƀý {date} (íñ %n đáý(š)). ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Ŕéṽíéŵ ƀý {date} (íñ %n đáý(š)). ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Printed {date}</source>
        <translation>[Þŕíñţéđ {date} ẋ]</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>[Ýöûŕ ŕöûţíñé ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session(s) a week.</source>
        <translation>
            <numerusform>[Éáçĥ éẋéŕçíšé öñ ƀöţĥ ĺéğš: {start_side}. Ŕéþ ţéɱþö: ɱöṽé {move} š, ĥöĺđ, ɱöṽé ƀáçķ {release} š. {ready} š ţö ğéţ ŕéáđý ƀéƒöŕé éáçĥ éẋéŕçíšé, {rest} š ŕéšţ ƀéţŵééñ ĺéğš áñđ ƀéţŵééñ éẋéŕçíšéš. Á šéššíöñ ţáķéš {length}. Ğöáĺ: %n šéššíöñ(š) á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[Éáçĥ éẋéŕçíšé öñ ƀöţĥ ĺéğš: {start_side}. Ŕéþ ţéɱþö: ɱöṽé {move} š, ĥöĺđ, ɱöṽé ƀáçķ {release} š. {ready} š ţö ğéţ ŕéáđý ƀéƒöŕé éáçĥ éẋéŕçíšé, {rest} š ŕéšţ ƀéţŵééñ ĺéğš áñđ ƀéţŵééñ éẋéŕçíšéš. Á šéššíöñ ţáķéš {length}. Ğöáĺ: %n šéššíöñ(š) á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {text}</source>
        <translation>[{number}. {text}]</translation>
    </message>
    <message>
        <source>{section} · {dose}</source>
        <translation>[{section} · {dose}]</translation>
    </message>
    <message>
        <source>Start: {position}</source>
        <translation>[Šţáŕţ: {position}ẋ]</translation>
    </message>
    <message>
        <source>{side}:
{steps}</source>
        <translation>[{side}:
{steps}]</translation>
    </message>
    <message>
        <source>Then the same with your left leg (the mirror image).</source>
        <translation>[Ţĥéñ ţĥé šáɱé ŵíţĥ ýöûŕ ĺéƒţ ĺéğ (ţĥé ɱíŕŕöŕ íɱáğé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Then the same with your right leg (the mirror image).</source>
        <translation>[Ţĥéñ ţĥé šáɱé ŵíţĥ ýöûŕ ŕíğĥţ ĺéğ (ţĥé ɱíŕŕöŕ íɱáğé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>[Éǫûíþɱéñţ: {equipment} ẋẋ]</translation>
    </message>
    <message>
        <source>Not in your routine: {names}.</source>
        <translation>[Ñöţ íñ ýöûŕ ŕöûţíñé: {names}. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>[Šáƒéţýẋ]</translation>
    </message>
    <message>
        <source>Based on {source} ({year}) by {authors}, {description}; instructions in our own words. {reconstructed}</source>
        <translation>[Ɓášéđ öñ {source} ({year}) ƀý {authors}, {description}; íñšţŕûçţíöñš íñ öûŕ öŵñ ŵöŕđš. {reconstructed} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Your log: four weeks</source>
        <translation>[Ýöûŕ ĺöğ: ƒöûŕ ŵééķš ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Tick each exercise on the days you do it; aim for %n session(s) a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</source>
        <translation>
            <numerusform>[Ţíçķ éáçĥ éẋéŕçíšé öñ ţĥé đáýš ýöû đö íţ; áíɱ ƒöŕ %n šéššíöñ(š) á ŵééķ. Ŵŕíţé ýöûŕ þáíñ ƒŕöɱ 0 (ñö þáíñ) ţö 10 (ŵöŕšţ íɱáğíñáƀĺé) áƒţéŕ éáçĥ šéššíöñ, áñđ ƀŕíñğ ţĥíš šĥééţ ţö ýöûŕ þĥýšíöţĥéŕáþíšţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</numerusform>
            <numerusform>[Ţíçķ éáçĥ éẋéŕçíšé öñ ţĥé đáýš ýöû đö íţ; áíɱ ƒöŕ %n šéššíöñ(š) á ŵééķ. Ŵŕíţé ýöûŕ þáíñ ƒŕöɱ 0 (ñö þáíñ) ţö 10 (ŵöŕšţ íɱáğíñáƀĺé) áƒţéŕ éáçĥ šéššíöñ, áñđ ƀŕíñğ ţĥíš šĥééţ ţö ýöûŕ þĥýšíöţĥéŕáþíšţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>[Ṁöñ]</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>[Ţûé]</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>[Ŵéđ]</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>[Ţĥû]</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>[Ƒŕí]</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>[Šáţ]</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>[Šûñ]</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>[Þáíñ (0-10) ẋ]</translation>
    </message>
    <message>
        <source>Week {number}  ·  from {date}  ·  sessions: ____ of {goal}</source>
        <translation>[Ŵééķ {number}  ·  ƒŕöɱ {date}  ·  šéššíöñš: ____ öƒ {goal} ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Notes for my physiotherapist</source>
        <translation>[Ñöţéš ƒöŕ ɱý þĥýšíöţĥéŕáþíšţ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Print routine sheet</source>
        <translation>[Þŕíñţ ŕöûţíñé šĥééţ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (A4).</source>
        <translation>[Ŵŕöţé ţĥé ŕöûţíñé šĥééţ ţö {path} (Á4). ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (US Letter).</source>
        <translation>[Ŵŕöţé ţĥé ŕöûţíñé šĥééţ ţö {path} (ÛŠ Ĺéţţéŕ). ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>SafetyFlag</name>
    <message>
        <source>Pain rose from {before} to {after} during this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>[Þáíñ ŕöšé ƒŕöɱ {before} ţö {after} đûŕíñğ ţĥíš šéššíöñ. Šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ ƀéƒöŕé ţĥé ñéẋţ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Pain was {after} of 10 after this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>[Þáíñ ŵáš {after} öƒ 10 áƒţéŕ ţĥíš šéššíöñ. Šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ ƀéƒöŕé ţĥé ñéẋţ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {recent} of 10 over the last 7 days, up from {earlier} in the 14 days before. Ask your physiotherapist before you go on with the routine.</source>
        <translation>[Þáíñ áƒţéŕ šéššíöñš áṽéŕáğéđ {recent} öƒ 10 öṽéŕ ţĥé ĺášţ 7 đáýš, ûþ ƒŕöɱ {earlier} íñ ţĥé 14 đáýš ƀéƒöŕé. Ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ ƀéƒöŕé ýöû ğö öñ ŵíţĥ ţĥé ŕöûţíñé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>No session for %n day(s). Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</source>
        <translation>
            <numerusform>[Ñö šéššíöñ ƒöŕ %n đáý(š). Šţáŕţ áğáíñ ğéñţĺý, šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ íƒ ýöûŕ þáíñ ĥáš çĥáñğéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Ñö šéššíöñ ƒöŕ %n đáý(š). Šţáŕţ áğáíñ ğéñţĺý, šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ íƒ ýöûŕ þáíñ ĥáš çĥáñğéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Before you start</source>
        <translation>[Ɓéƒöŕé ýöû šţáŕţ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>[Ğöţ íţẋ]</translation>
    </message>
    <message>
        <source>Got it: hide the safety points</source>
        <translation>[Ğöţ íţ: ĥíđé ţĥé šáƒéţý þöíñţš ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>You can read them again under Help, About this routine, and on the printed sheet.</source>
        <translation>[Ýöû çáñ ŕéáđ ţĥéɱ áğáíñ ûñđéŕ Ĥéĺþ, Áƀöûţ ţĥíš ŕöûţíñé, áñđ öñ ţĥé þŕíñţéđ šĥééţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save as prescription</source>
        <translation>[Šáṽé áš þŕéšçŕíþţíöñ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Your name and practice</source>
        <translation>[Ýöûŕ ñáɱé áñđ þŕáçţíçé ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>[Ŕéṽíéŵ ƀý ẋ]</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>[Þŕéšçŕíƀéđ ƀý ẋẋ]</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>[Ñöţé ƒöŕ ţĥé þáţíéñţ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Limits and steps of each exercise (the dose is as set in Settings)</source>
        <translation>[Ĺíɱíţš áñđ šţéþš öƒ éáçĥ éẋéŕçíšé (ţĥé đöšé íš áš šéţ íñ Šéţţíñğš) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Max reps</source>
        <translation>[Ṁáẋ ŕéþšẋ]</translation>
    </message>
    <message>
        <source>Max hold (s)</source>
        <translation>[Ṁáẋ ĥöĺđ (š) ẋẋ]</translation>
    </message>
    <message>
        <source>Reps a step</source>
        <translation>[Ŕéþš á šţéþ ẋ]</translation>
    </message>
    <message>
        <source>Hold a step (s)</source>
        <translation>[Ĥöĺđ á šţéþ (š) ẋẋẋ]</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>[Áƒţéŕ šéššíöñš ẋẋ]</translation>
    </message>
    <message>
        <source>Pain at most</source>
        <translation>[Þáíñ áţ ɱöšţ ẋẋ]</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>[Šáṽé…]</translation>
    </message>
    <message>
        <source>Please write who prescribes (name and practice)</source>
        <translation>[Þĺéášé ŵŕíţé ŵĥö þŕéšçŕíƀéš (ñáɱé áñđ þŕáçţíçé) ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix})</source>
        <translation>[Þŕéšçŕíþţíöñš (*{suffix}) ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Prescription not saved</source>
        <translation>[Þŕéšçŕíþţíöñ ñöţ šáṽéđ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>[{file} çöûĺđ ñöţ ƀé ŵŕíţţéñ: {reason}. ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>Keeping the screen awake needs Qt D-Bus, which is not available.</source>
        <translation>[Ķééþíñğ ţĥé šçŕééñ áŵáķé ñééđš Ǫţ Đ-Ɓûš, ŵĥíçĥ íš ñöţ áṽáíĺáƀĺé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>The screen may dim during a session: no desktop session bus was found.</source>
        <translation>[Ţĥé šçŕééñ ɱáý đíɱ đûŕíñğ á šéššíöñ: ñö đéšķţöþ šéššíöñ ƀûš ŵáš ƒöûñđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>The screen may dim during a session: the desktop offers no screen-saver control.</source>
        <translation>[Ţĥé šçŕééñ ɱáý đíɱ đûŕíñğ á šéššíöñ: ţĥé đéšķţöþ öƒƒéŕš ñö šçŕééñ-šáṽéŕ çöñţŕöĺ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Exercise session in progress</source>
        <translation>[Éẋéŕçíšé šéššíöñ íñ þŕöğŕéšš ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space.</source>
        <translation>[Öþţíöñáĺ: ţýþé ýöûŕ þáíñ ñöŵ, 0 (ñöñé) ţö 10 (ŵöŕšţ íɱáğíñáƀĺé), ƀéƒöŕé ýöû þŕéšš Šþáçé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Pain before this session: {pain} of 10 (type another number to change it).</source>
        <translation>[Þáíñ ƀéƒöŕé ţĥíš šéššíöñ: {pain} öƒ 10 (ţýþé áñöţĥéŕ ñûɱƀéŕ ţö çĥáñğé íţ). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>[Ŕéšûɱéẋ]</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>[Þáûšé]</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>[Šţáŕţ]</translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message numerus="yes">
        <source>%n session(s) that had not reached your history (interrupted, or not saved when they ended) are now in it.</source>
        <translation>
            <numerusform>[%n šéššíöñ(š) ţĥáţ ĥáđ ñöţ ŕéáçĥéđ ýöûŕ ĥíšţöŕý (íñţéŕŕûþţéđ, öŕ ñöţ šáṽéđ ŵĥéñ ţĥéý éñđéđ) áŕé ñöŵ íñ íţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[%n šéššíöñ(š) ţĥáţ ĥáđ ñöţ ŕéáçĥéđ ýöûŕ ĥíšţöŕý (íñţéŕŕûþţéđ, öŕ ñöţ šáṽéđ ŵĥéñ ţĥéý éñđéđ) áŕé ñöŵ íñ íţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session of {date} could not be saved when it ended; it is now in your history.</source>
        <translation>[Ýöûŕ šéššíöñ öƒ {date} çöûĺđ ñöţ ƀé šáṽéđ ŵĥéñ íţ éñđéđ; íţ íš ñöŵ íñ ýöûŕ ĥíšţöŕý. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as stopped early ({done} of %n exercise(s) done).</source>
        <translation>
            <numerusform>[Ýöûŕ šéššíöñ öƒ {date} ŵáš íñţéŕŕûþţéđ ƀéƒöŕé íţ éñđéđ; íţ íš ķéþţ íñ ýöûŕ ĥíšţöŕý áš šţöþþéđ éáŕĺý ({done} öƒ %n éẋéŕçíšé(š) đöñé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[Ýöûŕ šéššíöñ öƒ {date} ŵáš íñţéŕŕûþţéđ ƀéƒöŕé íţ éñđéđ; íţ íš ķéþţ íñ ýöûŕ ĥíšţöŕý áš šţöþþéđ éáŕĺý ({done} öƒ %n éẋéŕçíšé(š) đöñé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercise(s) done).</source>
        <translation type="vanished">
            <numerusform>[Ýöûŕ šéššíöñ öƒ {date} ŵáš íñţéŕŕûþţéđ ƀéƒöŕé íţ éñđéđ; íţ íš ķéþţ íñ ýöûŕ ĥíšţöŕý áš ñöţ çöɱþĺéţéđ ({done} öƒ %n éẋéŕçíšé(š) đöñé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[Ýöûŕ šéššíöñ öƒ {date} ŵáš íñţéŕŕûþţéđ ƀéƒöŕé íţ éñđéđ; íţ íš ķéþţ íñ ýöûŕ ĥíšţöŕý áš ñöţ çöɱþĺéţéđ ({done} öƒ %n éẋéŕçíšé(š) đöñé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of a session in progress {path} is damaged ({reason}) and could not be moved aside; it was left out of your history.</source>
        <translation>[Ţĥé ŕéçöŕđ öƒ á šéššíöñ íñ þŕöğŕéšš {path} íš đáɱáğéđ ({reason}) áñđ çöûĺđ ñöţ ƀé ɱöṽéđ ášíđé; íţ ŵáš ĺéƒţ öûţ öƒ ýöûŕ ĥíšţöŕý. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>The record of a session in progress was damaged ({reason}); it was moved to {path} and left out of your history.</source>
        <translation>[Ţĥé ŕéçöŕđ öƒ á šéššíöñ íñ þŕöğŕéšš ŵáš đáɱáğéđ ({reason}); íţ ŵáš ɱöṽéđ ţö {path} áñđ ĺéƒţ öûţ öƒ ýöûŕ ĥíšţöŕý. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>it is not readable as a record ({reason})</source>
        <translation>[íţ íš ñöţ ŕéáđáƀĺé áš á ŕéçöŕđ ({reason}) ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{column}: {value} is before the start</source>
        <translation>[{column}: {value} íš ƀéƒöŕé ţĥé šţáŕţ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{column}: missing</source>
        <translation>[{column}: ɱíššíñğ ẋ]</translation>
    </message>
    <message>
        <source>{column}: {value} is more than {limit}</source>
        <translation>[{column}: {value} íš ɱöŕé ţĥáñ {limit} ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected the process that plays the session, got {value}</source>
        <translation>[{column}: éẋþéçţéđ ţĥé þŕöçéšš ţĥáţ þĺáýš ţĥé šéššíöñ, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Session saved to your history.</source>
        <translation>[Šéššíöñ šáṽéđ ţö ýöûŕ ĥíšţöŕý. ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above). It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>[Ţĥíš šéššíöñ çöûĺđ ñöţ ƀé šáṽéđ: ýöûŕ ĥíšţöŕý íš ñöţ áṽáíĺáƀĺé (šéé ţĥé ñöţíçé áƀöṽé). Íţ íš ķéþţ öñ đíšķ áñđ ğöéš íñţö ýöûŕ ĥíšţöŕý ţĥé ñéẋţ ţíɱé ţĥé ĥíšţöŕý çáñ ƀé öþéñéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above).</source>
        <translation>[Ţĥíš šéššíöñ çöûĺđ ñöţ ƀé šáṽéđ: ýöûŕ ĥíšţöŕý íš ñöţ áṽáíĺáƀĺé (šéé ţĥé ñöţíçé áƀöṽé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason} It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>[Ţĥíš šéššíöñ çöûĺđ ñöţ ƀé šáṽéđ: {reason} Íţ íš ķéþţ öñ đíšķ áñđ ğöéš íñţö ýöûŕ ĥíšţöŕý ţĥé ñéẋţ ţíɱé ţĥé ĥíšţöŕý çáñ ƀé öþéñéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation>[Ţĥíš šéššíöñ çöûĺđ ñöţ ƀé šáṽéđ: {reason} ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>{column}: expected a date and time with a time zone, got {value}</source>
        <translation>[{column}: éẋþéçţéđ á đáţé áñđ ţíɱé ŵíţĥ á ţíɱé žöñé, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>{column}: expected a calendar date, got {value}</source>
        <translation>[{column}: éẋþéçţéđ á çáĺéñđáŕ đáţé, ğöţ {value} ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected a number of seconds, 0 or more, got {value}</source>
        <translation>[{column}: éẋþéçţéđ á ñûɱƀéŕ öƒ šéçöñđš, 0 öŕ ɱöŕé, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>[{column}: éẋþéçţéđ ţŕûé öŕ ƒáĺšé, ğöţ {value} ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, 0 or more, got {value}</source>
        <translation>[{column}: éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ, 0 öŕ ɱöŕé, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{column}: {done} is more than {total_column} ({total})</source>
        <translation>[{column}: {done} íš ɱöŕé ţĥáñ {total_column} ({total}) ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected &quot;right&quot; or &quot;left&quot;, got {value}</source>
        <translation>[{column}: éẋþéçţéđ &quot;ŕíğĥţ&quot; öŕ &quot;ĺéƒţ&quot;, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected a table of settings, got {value}</source>
        <translation>[{column}: éẋþéçţéđ á ţáƀĺé öƒ šéţţíñğš, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected a date from {first} to {last}, got {value}</source>
        <translation>[{column}: éẋþéçţéđ á đáţé ƒŕöɱ {first} ţö {last}, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: {value} is before {start_column} ({start})</source>
        <translation>[{column}: {value} íš ƀéƒöŕé {start_column} ({start}) ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: {value} is more than a day from the day of {start_column} ({start})</source>
        <translation>[{column}: {value} íš ɱöŕé ţĥáñ á đáý ƒŕöɱ ţĥé đáý öƒ {start_column} ({start}) ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{column}: expected at most {limit} seconds (a day), got {value}</source>
        <translation>[{column}: éẋþéçţéđ áţ ɱöšţ {limit} šéçöñđš (á đáý), ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to {most} (the exercises in the routine), got {value}</source>
        <translation>[{column}: éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ ƒŕöɱ 0 ţö {most} (ţĥé éẋéŕçíšéš íñ ţĥé ŕöûţíñé), ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to 10, or nothing, got {value}</source>
        <translation>[{column}: éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ ƒŕöɱ 0 ţö 10, öŕ ñöţĥíñğ, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected some of {places}, got {value}</source>
        <translation>[{column}: éẋþéçţéđ šöɱé öƒ {places}, ğöţ {value} ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{column}: expected text of at most {limit} characters</source>
        <translation>[{column}: éẋþéçţéđ ţéẋţ öƒ áţ ɱöšţ {limit} çĥáŕáçţéŕš ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <source>Sessions per week</source>
        <translation>[Šéššíöñš þéŕ ŵééķ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Sessions finished in each of the last weeks, oldest first: {counts}. Goal: {goal} a week.</source>
        <translation>[Šéššíöñš ƒíñíšĥéđ íñ éáçĥ öƒ ţĥé ĺášţ ŵééķš, öĺđéšţ ƒíŕšţ: {counts}. Ğöáĺ: {goal} á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of years under the chart</comment>
        <translation>[{first} – {last}]</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Which leg goes first</source>
        <translation>[Ŵĥíçĥ ĺéğ ğöéš ƒíŕšţ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>[Ŵééķĺý ğöáĺ ẋ]</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation>[Ğéţ ŕéáđý ƀéƒöŕé éáçĥ éẋéŕçíšé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>[Ṁöṽé íñţö þöšíţíöñ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>[Ṁöṽé ƀáçķ ẋ]</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation>[Ŕéšţ ƀéţŵééñ éẋéŕçíšéš áñđ ĺéğš ẋẋẋ ẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{key}: expected &quot;right&quot;, &quot;left&quot; or &quot;alternate&quot;, got {value}</source>
        <translation type="vanished">[{key}: éẋþéçţéđ &quot;ŕíğĥţ&quot;, &quot;ĺéƒţ&quot; öŕ &quot;áĺţéŕñáţé&quot;, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>{key}: expected one of {choices}, got {value}</source>
        <translation>[{key}: éẋþéçţéđ öñé öƒ {choices}, ğöţ {value} ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation>[{key}: {problem}]</translation>
    </message>
    <message>
        <source>{key}: expected &quot;ask&quot;, &quot;tray&quot; or &quot;quit&quot;, got {value}</source>
        <translation type="vanished">[{key}: éẋþéçţéđ &quot;ášķ&quot;, &quot;ţŕáý&quot; öŕ &quot;ǫûíţ&quot;, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{key}: expected true or false, got {value}</source>
        <translation>[{key}: éẋþéçţéđ ţŕûé öŕ ƒáĺšé, ğöţ {value} ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{key}: expected a table per exercise, got {value}</source>
        <translation>[{key}: éẋþéçţéđ á ţáƀĺé þéŕ éẋéŕçíšé, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{key}: no such exercise (kept in the file, not used)</source>
        <translation>[{key}: ñö šûçĥ éẋéŕçíšé (ķéþţ íñ ţĥé ƒíĺé, ñöţ ûšéđ) ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{key}: expected a table, got {value}</source>
        <translation>[{key}: éẋþéçţéđ á ţáƀĺé, ğöţ {value} ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{key}: every exercise was switched off; all are switched back on</source>
        <translation>[{key}: éṽéŕý éẋéŕçíšé ŵáš šŵíţçĥéđ öƒƒ; áĺĺ áŕé šŵíţçĥéđ ƀáçķ öñ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{key}: expected a whole number from {low} to {high}, got {value}</source>
        <translation>[{key}: éẋþéçţéđ á ŵĥöĺé ñûɱƀéŕ ƒŕöɱ {low} ţö {high}, ğöţ {value} ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{key}: must be from {low} to {high}, got {value}</source>
        <translation>[{key}: ɱûšţ ƀé ƒŕöɱ {low} ţö {high}, ğöţ {value} ẋẋẋ ẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the file is larger than {limit} KB</source>
        <translation>[ţĥé ƒíĺé íš ĺáŕğéŕ ţĥáñ {limit} ĶƁ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Your settings file {path} is larger than {limit} KB, far more than settings need, so it was not read and is kept as it is. The defaults are used for now, and changes you make apply only until you quit. Shorten or remove the file to have your settings saved again.</source>
        <translation>[Ýöûŕ šéţţíñğš ƒíĺé {path} íš ĺáŕğéŕ ţĥáñ {limit} ĶƁ, ƒáŕ ɱöŕé ţĥáñ šéţţíñğš ñééđ, šö íţ ŵáš ñöţ ŕéáđ áñđ íš ķéþţ áš íţ íš. Ţĥé đéƒáûĺţš áŕé ûšéđ ƒöŕ ñöŵ, áñđ çĥáñğéš ýöû ɱáķé áþþĺý öñĺý ûñţíĺ ýöû ǫûíţ. Šĥöŕţéñ öŕ ŕéɱöṽé ţĥé ƒíĺé ţö ĥáṽé ýöûŕ šéţţíñğš šáṽéđ áğáíñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>[çöûĺđ ñöţ ŕéáđ {path}: {reason} ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Your settings could not be read ({problem}); the defaults are used for now.</source>
        <translation>[Ýöûŕ šéţţíñğš çöûĺđ ñöţ ƀé ŕéáđ ({problem}); ţĥé đéƒáûĺţš áŕé ûšéđ ƒöŕ ñöŵ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>the file is not text (UTF-8)</source>
        <translation>[ţĥé ƒíĺé íš ñöţ ţéẋţ (ÛŢƑ-8) ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>the file is not valid TOML ({reason})</source>
        <translation>[ţĥé ƒíĺé íš ñöţ ṽáĺíđ ŢÖṀĹ ({reason}) ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Your settings file has keys this version does not use ({keys}); they are kept in the file as they are.</source>
        <translation>[Ýöûŕ šéţţíñğš ƒíĺé ĥáš ķéýš ţĥíš ṽéŕšíöñ đöéš ñöţ ûšé ({keys}); ţĥéý áŕé ķéþţ íñ ţĥé ƒíĺé áš ţĥéý áŕé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original is kept at {path}.</source>
        <translation>[Ýöûŕ šéţţíñğš ƒíĺé ĥáđ þŕöƀĺéɱš ({problems}); ţĥöšé šéţţíñğš ûšé ţĥéíŕ đéƒáûĺţš. Ţĥé öŕíğíñáĺ íš ķéþţ áţ {path}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original file was left as it was.</source>
        <translation>[Ýöûŕ šéţţíñğš ƒíĺé ĥáđ þŕöƀĺéɱš ({problems}); ţĥöšé šéţţíñğš ûšé ţĥéíŕ đéƒáûĺţš. Ţĥé öŕíğíñáĺ ƒíĺé ŵáš ĺéƒţ áš íţ ŵáš. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>[{first} áñđ %n ɱöŕé ẋẋ]</numerusform>
            <numerusform>[{first} áñđ %n ɱöŕé ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Your settings were not saved: {path} is larger than {limit} KB, so it is kept as it is.</source>
        <translation>[Ýöûŕ šéţţíñğš ŵéŕé ñöţ šáṽéđ: {path} íš ĺáŕğéŕ ţĥáñ {limit} ĶƁ, šö íţ íš ķéþţ áš íţ íš. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Your settings were not saved: with them, {path} would be larger than {limit} KB.</source>
        <translation>[Ýöûŕ šéţţíñğš ŵéŕé ñöţ šáṽéđ: ŵíţĥ ţĥéɱ, {path} ŵöûĺđ ƀé ĺáŕğéŕ ţĥáñ {limit} ĶƁ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}: {reason}.</source>
        <translation>[Ýöûŕ šéţţíñğš çöûĺđ ñöţ ƀé šáṽéđ ţö {path}: {reason}. ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>Settings notice</source>
        <translation>[Šéţţíñğš ñöţíçé ẋẋẋ]</translation>
    </message>
    <message>
        <source>Right leg first</source>
        <translation>[Ŕíğĥţ ĺéğ ƒíŕšţ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation>[Ĺéƒţ ĺéğ ƒíŕšţ ẋẋ]</translation>
    </message>
    <message>
        <source>Alternate each session</source>
        <translation>[Áĺţéŕñáţé éáçĥ šéššíöñ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Which leg starts</source>
        <translation>[Ŵĥíçĥ ĺéğ šţáŕţš ẋẋẋ]</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>[Šţáŕţ]</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">[Ŵĥíçĥ ĺéğ ğöéš ƒíŕšţ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Exercises (each leg gets the same)</source>
        <translation>[Éẋéŕçíšéš (éáçĥ ĺéğ ğéţš ţĥé šáɱé) ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>[Íñçĺûđéẋ]</translation>
    </message>
    <message>
        <source>Reps each leg</source>
        <translation>[Ŕéþš éáçĥ ĺéğ ẋẋ]</translation>
    </message>
    <message>
        <source>Hold (0: no pause)</source>
        <translation type="vanished">[Ĥöĺđ (0: ñö þáûšé) ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Hold (0: none)</source>
        <translation>[Ĥöĺđ (0: ñöñé) ẋẋ]</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>[Íñçĺûđé {exercise} ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>[%n ŕéþ(š)ẋ]</numerusform>
            <numerusform>[%n ŕéþ(š)ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise}: repetitions each leg</source>
        <translation>[{exercise}: ŕéþéţíţíöñš éáçĥ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{exercise}: hold seconds</source>
        <translation>[{exercise}: ĥöĺđ šéçöñđš ẋẋẋ]</translation>
    </message>
    <message>
        <source>Exercise error</source>
        <translation>[Éẋéŕçíšé éŕŕöŕ ẋẋ]</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>[Ţíɱíñğẋ]</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation type="vanished">[Ğéţ ŕéáđý ƀéƒöŕé éáçĥ éẋéŕçíšé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation type="vanished">[Ṁöṽé íñţö þöšíţíöñ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation type="vanished">[Ṁöṽé ƀáçķ ẋ]</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation type="vanished">[Ŕéšţ ƀéţŵééñ éẋéŕçíšéš áñđ ĺéğš ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Goal, sound and look</source>
        <translation type="vanished">[Ğöáĺ, šöûñđ áñđ ĺööķ ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation type="vanished">
            <numerusform>[%n šéššíöñ(š) á ŵééķ ẋẋẋẋ]</numerusform>
            <numerusform>[%n šéššíöñ(š) á ŵééķ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="vanished">[Ŵééķĺý ğöáĺ ẋ]</translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation type="vanished">[Šöûñđ çûéš (ţíçķš íñ ţĥé ĺášţ šéçöñđš öƒ á ĥöĺđ, çĥíɱéš) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="vanished">[Šöûñđ çûéš ẋ]</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="vanished">[Çûé ṽöĺûɱé ẋ]</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation type="vanished">[Ṽöíçé þŕöɱþţš (&quot;Ĥöĺđ&quot;, &quot;Šŵíţçĥ ţö ýöûŕ ĺéƒţ ĺéğ&quot;) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation type="vanished">[Ṽöíçé þŕöɱþţš ẋẋ]</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation type="vanished">[Ŵĥý šöûñđ íš ûñáṽáíĺáƀĺé ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="vanished">[Ƒöĺĺöŵ ţĥé šýšţéɱ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="vanished">[Ĺíğĥţ]</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="vanished">[Đáŕķ]</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="vanished">[Ĥíğĥ çöñţŕášţ ẋẋ]</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="vanished">[Çöĺöûŕ ţĥéɱé ẋẋ]</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">[Ĺáñğûáğéẋ]</translation>
    </message>
    <message>
        <source>Show the settings file</source>
        <translation>[Šĥöŵ ţĥé šéţţíñğš ƒíĺé ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>[Đéƒáûĺţš ŕéšţöŕéđ. ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Your settings are back as they were.</source>
        <translation>[Ýöûŕ šéţţíñğš áŕé ƀáçķ áš ţĥéý ŵéŕé. ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>[Šáṽéđ.ẋ]</translation>
    </message>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation type="vanished">[Áþþĺíéš ŵĥéñ ýöû ŕéšţáŕţ Þíŕíƒöŕɱíš Đéšķţöþ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="vanished">[Ṽöĺûɱéẋ]</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="vanished">[Çöĺöûŕšẋ]</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>[Šéššíöñ ĺéñğţĥ ẋẋ]</translation>
    </message>
    <message>
        <source>A session is running: changes apply to your next session.</source>
        <translation>[Á šéššíöñ íš ŕûññíñğ: çĥáñğéš áþþĺý ţö ýöûŕ ñéẋţ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>[Šáṽé šţáţûš ẋ]</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>[Ŕéšţöŕé đéƒáûĺţš ẋẋẋ]</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>[Ûñđö]</translation>
    </message>
    <message>
        <source>Undo restore defaults</source>
        <translation>[Ûñđö ŕéšţöŕé đéƒáûĺţš ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Defaults restored to {path}.</source>
        <translation type="vanished">[Đéƒáûĺţš ŕéšţöŕéđ ţö {path}. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Your settings are back to {path}.</source>
        <translation type="vanished">[Ýöûŕ šéţţíñğš áŕé ƀáçķ ţö {path}. ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Keep at least one exercise in your routine.</source>
        <translation>[Ķééþ áţ ĺéášţ öñé éẋéŕçíšé íñ ýöûŕ ŕöûţíñé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="vanished">[Šáṽéđ ţö {path}. ẋ]</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>[Ñöţ çĥáñğéđ: {reason}. ẋẋẋ]</translation>
    </message>
    <message>
        <source>{problem} They apply until you quit.</source>
        <translation>[{problem} Ţĥéý áþþĺý ûñţíĺ ýöû ǫûíţ. ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>A session takes {length}</source>
        <translation>[Á šéššíöñ ţáķéš {length} ẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>[%n š]</numerusform>
            <numerusform>[%n š]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>[Ŕíğĥţ ĺéğ ẋ]</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>[Ĺéƒţ ĺéğẋ]</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Safety flag</source>
        <translation>[Šáƒéţý ƒĺáğ ẋ]</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>[Šţáŕţ á ñéŵ šéššíöñ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>See your history</source>
        <translation>[Šéé ýöûŕ ĥíšţöŕý ẋẋẋ]</translation>
    </message>
    <message>
        <source>Session complete. Well done!</source>
        <translation>[Šéššíöñ çöɱþĺéţé. Ŵéĺĺ đöñé! ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Session stopped early</source>
        <translation>[Šéššíöñ šţöþþéđ éáŕĺý ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="vanished">[Šéššíöñ šţöþþéđ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Active time: {time}
Exercises done: {done} of {total}</source>
        <translation>[Áçţíṽé ţíɱé: {time}
Éẋéŕçíšéš đöñé: {done} öƒ {total} ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>WeekDetail</name>
    <message>
        <source>This week of {day}: no sessions yet.</source>
        <translation>[Ţĥíš ŵééķ öƒ {day}: ñö šéššíöñš ýéţ. ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Week of {day}: no sessions.</source>
        <translation>[Ŵééķ öƒ {day}: ñö šéššíöñš. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{week}.
{problem}</source>
        <translation>[{week}.
{problem}]</translation>
    </message>
    <message>
        <source>    ⚠ {flag}</source>
        <translation>[    ⚠ {flag}ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>[Ţĥíš ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ — ğöáĺ ɱéţ ★, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋ]</numerusform>
            <numerusform>[Ţĥíš ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ — ğöáĺ ɱéţ ★, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>[Ţĥíš ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ — ğöáĺ ɱéţ ★ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>[Ţĥíš ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Ţĥíš ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished</source>
        <translation>[Ţĥíš ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>[Ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ — ğöáĺ ɱéţ ★, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</numerusform>
            <numerusform>[Ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ — ğöáĺ ɱéţ ★, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>[Ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ — ğöáĺ ɱéţ ★ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>[Ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</numerusform>
            <numerusform>[Ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished</source>
        <translation>[Ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{session}; {dose}</source>
        <translation>[{session}; {dose}]</translation>
    </message>
    <message>
        <source>{session}; {pain}</source>
        <translation>[{session}; {pain}]</translation>
    </message>
    <message>
        <source>{session}; note: “{note}”</source>
        <translation>[{session}; ñöţé: “{note}” ẋẋ]</translation>
    </message>
    <message>
        <source>{reps} × {hold} s</source>
        <comment>reps of an exercise times its hold</comment>
        <translation>[{reps} × {hold} šẋ]</translation>
    </message>
    <message>
        <source>dose {doses}</source>
        <translation>[đöšé {doses}ẋ]</translation>
    </message>
    <message>
        <source>pain {before} → {after} of 10</source>
        <translation>[þáíñ {before} → {after} öƒ 10 ẋẋẋ]</translation>
    </message>
    <message>
        <source>pain after {after} of 10</source>
        <translation>[þáíñ áƒţéŕ {after} öƒ 10 ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>pain before {before} of 10</source>
        <translation>[þáíñ ƀéƒöŕé {before} öƒ 10 ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{pain} ({where})</source>
        <translation>[{pain} ({where})]</translation>
    </message>
    <message>
        <source> — goal met ★</source>
        <translation type="vanished">[ — ğöáĺ ɱéţ ★ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>, %n stopped early</source>
        <translation type="vanished">
            <numerusform>[, %n šţöþþéđ éáŕĺý ẋẋẋ]</numerusform>
            <numerusform>[, %n šţöþþéđ éáŕĺý ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>left leg first</source>
        <translation>[ĺéƒţ ĺéğ ƒíŕšţ ẋẋ]</translation>
    </message>
    <message>
        <source>right leg first</source>
        <translation>[ŕíğĥţ ĺéğ ƒíŕšţ ẋẋẋ]</translation>
    </message>
    <message>
        <source>• {when}, {clock}: finished, {minutes} min, {side}</source>
        <translation>[• {when}, {clock}: ƒíñíšĥéđ, {minutes} ɱíñ, {side} ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>• {when}, {clock}: stopped early after {done} of {total} exercises, {minutes} min, {side}</source>
        <translation>[• {when}, {clock}: šţöþþéđ éáŕĺý áƒţéŕ {done} öƒ {total} éẋéŕçíšéš, {minutes} ɱíñ, {side} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s) each leg, hold {hold} s</source>
        <translation>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ĥöĺđ {hold} š ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ĥöĺđ {hold} š ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg, no hold</source>
        <translation>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ñö ĥöĺđ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ñö ĥöĺđ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>alternate the starting leg each session</source>
        <translation>[áĺţéŕñáţé ţĥé šţáŕţíñğ ĺéğ éáçĥ šéššíöñ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>start with the left leg</source>
        <translation>[šţáŕţ ŵíţĥ ţĥé ĺéƒţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>start with the right leg</source>
        <translation>[šţáŕţ ŵíţĥ ţĥé ŕíğĥţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>[%n ɱíñûţé(š) ẋ]</numerusform>
            <numerusform>[%n ɱíñûţé(š) ẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>[%n šéššíöñ(š) ẋẋ]</numerusform>
            <numerusform>[%n šéššíöñ(š) ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>[%n ŵééķ(š) ẋ]</numerusform>
            <numerusform>[%n ŵééķ(š) ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>[ƀûţţöçķẋ]</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>[ţĥíğĥ]</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>[ĺöŵéŕ ƀáçķ ẋ]</translation>
    </message>
    <message>
        <source>No pain check-ins yet: after a session, note how much it hurts to see a trend here.</source>
        <translation>[Ñö þáíñ çĥéçķ-íñš ýéţ: áƒţéŕ á šéššíöñ, ñöţé ĥöŵ ɱûçĥ íţ ĥûŕţš ţö šéé á ţŕéñđ ĥéŕé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Not enough check-ins yet for a trend ({count} of the {needed} needed).</source>
        <translation>[Ñöţ éñöûğĥ çĥéçķ-íñš ýéţ ƒöŕ á ţŕéñđ ({count} öƒ ţĥé {needed} ñééđéđ). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): too early to tell until they span at least a week.</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ţöö éáŕĺý ţö ţéĺĺ ûñţíĺ ţĥéý šþáñ áţ ĺéášţ á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ţöö éáŕĺý ţö ţéĺĺ ûñţíĺ ţĥéý šþáñ áţ ĺéášţ á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, lower than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, higher than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ţĥé šáɱé áš áţ ţĥé šţáŕţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ţĥé šáɱé áš áţ ţĥé šţáŕţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}; {item}</source>
        <comment>a list so far, then one more item after a semicolon</comment>
        <translation>[{list}; {item}]</translation>
    </message>
</context>
<context>
    <name>cls</name>
    <message>
        <source>Pain rose from {before} to {after} during this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation type="vanished">[Þáíñ ŕöšé ƒŕöɱ {before} ţö {after} đûŕíñğ ţĥíš šéššíöñ. Šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ ƀéƒöŕé ţĥé ñéẋţ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Pain was {after} of 10 after this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation type="vanished">[Þáíñ ŵáš {after} öƒ 10 áƒţéŕ ţĥíš šéššíöñ. Šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ ƀéƒöŕé ţĥé ñéẋţ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {recent} of 10 over the last 7 days, up from {earlier} in the 14 days before. Ask your physiotherapist before you go on with the routine.</source>
        <translation type="vanished">[Þáíñ áƒţéŕ šéššíöñš áṽéŕáğéđ {recent} öƒ 10 öṽéŕ ţĥé ĺášţ 7 đáýš, ûþ ƒŕöɱ {earlier} íñ ţĥé 14 đáýš ƀéƒöŕé. Ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ ƀéƒöŕé ýöû ğö öñ ŵíţĥ ţĥé ŕöûţíñé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>No session for %n day(s). Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</source>
        <translation type="vanished">
            <numerusform>[Ñö šéššíöñ ƒöŕ %n đáý(š). Šţáŕţ áğáíñ ğéñţĺý, šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ íƒ ýöûŕ þáíñ ĥáš çĥáñğéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Ñö šéššíöñ ƒöŕ %n đáý(š). Šţáŕţ áğáíñ ğéñţĺý, šţöþ íƒ ţĥé éẋéŕçíšéš ɱáķé ýöûŕ þáíñ ŵöŕšé, áñđ ášķ ýöûŕ þĥýšíöţĥéŕáþíšţ íƒ ýöûŕ þáíñ ĥáš çĥáñğéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
</context>
</TS>

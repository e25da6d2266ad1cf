<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Why these exercises</source>
        <translation>Por qué estos ejercicios</translation>
    </message>
    <message>
        <source>The exercises</source>
        <translation>Los ejercicios</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({section}): {purpose}</source>
        <comment>an exercise, its kind, what it is for</comment>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({section}): {purpose}</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>The routine follows {source} on {published}, by {authors}, {description}. The instructions here are written in our own words.</source>
        <translation>La rutina sigue {source} el {published}, de {authors}, {description}. Las instrucciones están redactadas con nuestras propias palabras.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstructed parts.&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Partes reconstruidas.&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>About this routine</source>
        <translation>Acerca de esta rutina</translation>
    </message>
    <message>
        <source>{action}: {description}</source>
        <comment>a shortcut&apos;s command, then what it does</comment>
        <translation type="vanished">{action}: {description}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>These keys work wherever the focus is in the window.</source>
        <translation>Estas teclas funcionan en toda la ventana, esté donde esté el foco.</translation>
    </message>
    <message>
        <source>Your pain score, 0 (none) to 10 (worst imaginable), on the Ready card and in the check-in after a session: type 1 then 0 for 10</source>
        <translation type="vanished">Su nivel de dolor, de 0 (nada) a 10 (el peor imaginable), en la tarjeta de inicio y en la valoración tras una sesión: para 10, escriba 1 y luego 0</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Save the check-in after a session</source>
        <translation type="vanished">Guardar la valoración tras una sesión</translation>
    </message>
    <message>
        <source>Enter, Esc</source>
        <translation>Intro, Esc</translation>
    </message>
    <message>
        <source>When the card asks whether to stop the session: Enter stops it, Esc carries on</source>
        <translation type="vanished">Cuando la tarjeta pregunta si desea detener la sesión: Intro la detiene, Esc continúa</translation>
    </message>
    <message>
        <source>Your pain score on the Ready card and in the check-in (1 then 0 is 10)</source>
        <translation>Su nivel de dolor en la tarjeta de inicio y en la valoración (1 y luego 0 es 10)</translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation>Guardar la valoración</translation>
    </message>
    <message>
        <source>On the card&apos;s stop question: Enter stops, Esc carries on</source>
        <translation>En la pregunta de detener en la tarjeta: Intro detiene, Esc continúa</translation>
    </message>
    <message>
        <source>On one screen:</source>
        <translation>En una sola pantalla:</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A guided home routine for piriformis syndrome. It does not replace advice from your physiotherapist or doctor.</source>
        <translation>Una rutina guiada para hacer en casa en caso de síndrome del piriforme. No sustituye el consejo de su fisioterapeuta o de su médico.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Software libre bajo la GNU General Public License, versión 3 o posterior: puede compartirlo y modificarlo según sus términos. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs and tomlkit; Licences lists them all with their terms.</source>
        <translation>Creado con Qt %1 y PySide6 %2 (LGPL-3.0), pyqtgraph, NumPy, platformdirs y tomlkit; en «Licencias» figuran todos con sus términos.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>This copy of the app was installed without its licence files. The licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Esta copia de la aplicación se instaló sin sus archivos de licencia. La licencia es la GNU General Public License, versión 3 o posterior: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>{tip} ({shortcut})</source>
        <comment>a tooltip: what the action does, then its key</comment>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Iniciar, pausar o reanudar la sesión</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the previous one</source>
        <translation>Reiniciar este ejercicio o volver al anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Skip to the next exercise</source>
        <translation>Pasar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Restart leg</source>
        <translation>Reiniciar pierna</translation>
    </message>
    <message>
        <source>Start this leg&apos;s reps again</source>
        <translation type="vanished">Volver a empezar las repeticiones de esta pierna</translation>
    </message>
    <message>
        <source>Restart this leg&apos;s reps</source>
        <translation>Reiniciar las repeticiones de esta pierna</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Detener la sesión (pide confirmación)</translation>
    </message>
    <message>
        <source>&amp;Print routine sheet…</source>
        <translation>&amp;Imprimir hoja de ejercicios…</translation>
    </message>
    <message>
        <source>Print the routine with your settings</source>
        <translation>Imprimir la rutina con sus ajustes</translation>
    </message>
    <message>
        <source>Save routine sheet as &amp;PDF…</source>
        <translation>Guardar hoja de ejercicios como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the routine sheet as a PDF file</source>
        <translation>Guardar la hoja de ejercicios como archivo PDF</translation>
    </message>
    <message>
        <source>Print progress &amp;report…</source>
        <translation>Imprimir info&amp;rme de progreso…</translation>
    </message>
    <message>
        <source>A report of your sessions and pain for your physiotherapist</source>
        <translation>Un informe de sus sesiones y del dolor para su fisioterapeuta</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>Save your history as a CSV file</source>
        <translation>Guardar su historial como archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Open prescription…</source>
        <translation>&amp;Abrir prescripción…</translation>
    </message>
    <message>
        <source>Apply a prescription file from your physiotherapist</source>
        <translation>Aplicar un archivo de prescripción de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Save as pres&amp;cription…</source>
        <translation>Guardar como pres&amp;cripción…</translation>
    </message>
    <message>
        <source>Save the routine as set as a prescription file</source>
        <translation>Guardar la rutina tal como está configurada como archivo de prescripción</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Large type for following from the mat</source>
        <translation>Letra grande para seguir desde la esterilla</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>About this &amp;routine</source>
        <translation>Acerca de esta &amp;rutina</translation>
    </message>
    <message>
        <source>Why these exercises, credits, safety</source>
        <translation>Por qué estos ejercicios, fuentes, seguridad</translation>
    </message>
    <message>
        <source>&amp;About Piriformis Desktop</source>
        <translation>&amp;Acerca de Piriformis Desktop</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Piriformis Desktop</source>
        <translation>Salir de Piriformis Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} is already open in another window. Both copies save to the same history; settings changed in one are not seen by the other until it is restarted.</source>
        <translation>{app} ya está abierto en otra ventana. Ambas copias guardan en el mismo historial; los ajustes que se cambien en una no se verán en la otra hasta que se reinicie.</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply a prescription</source>
        <translation>Aplicar una prescripción</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {date}</source>
        <translation>Prescripción de {name}, emitida el {date}</translation>
    </message>
    <message numerus="yes">
        <source>From {file}. %n setting(s) change; the others are already as prescribed.</source>
        <translation>
            <numerusform>De {file}. Cambia %n ajuste; los demás ya están como se prescribieron.</numerusform>
            <numerusform>De {file}. Cambian %n ajustes; los demás ya están como se prescribieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>Revisión antes del {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Not used by this version, kept with the prescription: {keys}.</source>
        <translation>No usado por esta versión, guardado con la prescripción: {keys}.</translation>
    </message>
    <message>
        <source>What the prescription changes</source>
        <translation>Lo que cambia la prescripción</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Prescrito</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Your settings now are kept: Undo in Settings brings them back in one click.</source>
        <translation>Tus ajustes actuales se guardan: «Deshacer» en Ajustes los recupera con un clic.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <comment>a heading of --help; a colon follows right after it</comment>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <comment>a heading of --help; a colon follows</comment>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento ignorado: %r</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>it is read-only, so it was not replaced</source>
        <translation>el archivo es de solo lectura, así que no se ha reemplazado</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is not a regular file, so it was not replaced</source>
        <translation>no es un archivo normal, así que no se ha reemplazado</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Reminders for your piriformis routine</source>
        <translation>Recordatorios de su rutina para el piriforme</translation>
    </message>
    <message>
        <source>Starting at login could not be set up: {reason}.</source>
        <translation>No se ha podido activar el arranque al iniciar sesión: {reason}.</translation>
    </message>
    <message>
        <source>Starting at login could not be removed: {reason}.</source>
        <translation>No se ha podido desactivar el arranque al iniciar sesión: {reason}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Left leg: {exercise} starts again from the first rep.</source>
        <translation>Pierna izquierda: {exercise} empieza de nuevo desde la primera repetición.</translation>
    </message>
    <message>
        <source>Right leg: {exercise} starts again from the first rep.</source>
        <translation>Pierna derecha: {exercise} empieza de nuevo desde la primera repetición.</translation>
    </message>
    <message>
        <source>Skipped to exercise {number}: {exercise}.</source>
        <translation>Saltado al ejercicio {number}: {exercise}.</translation>
    </message>
    <message>
        <source>Back to exercise {number}: {exercise}.</source>
        <translation>De vuelta al ejercicio {number}: {exercise}.</translation>
    </message>
    <message>
        <source>{exercise} starts again from the beginning.</source>
        <translation>{exercise} empieza de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>The first letter of a cue after a comma: translate as exactly &apos;lower-case&apos;, or as exactly &apos;as written&apos; where it keeps its capital (German nouns)</comment>
        <translation>lower-case</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <source>Next: switch to your left leg</source>
        <translation>Siguiente: cambio a la pierna izquierda</translation>
    </message>
    <message>
        <source>Next: switch to your right leg</source>
        <translation>Siguiente: cambio a la pierna derecha</translation>
    </message>
    <message>
        <source>Next: rest {seconds} s</source>
        <translation>Siguiente: descanso de {seconds} s</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Siguiente: {exercise}</translation>
    </message>
    <message>
        <source>Next: rep {rep} of {reps}, {cue}</source>
        <translation>Siguiente: repetición {rep} de {reps}, {cue}</translation>
    </message>
    <message>
        <source>Next: move {seconds} s</source>
        <translation>Siguiente: mover {seconds} s</translation>
    </message>
    <message>
        <source>Next: hold {seconds} s</source>
        <translation>Siguiente: mantener {seconds} s</translation>
    </message>
    <message>
        <source>Next: release {seconds} s</source>
        <translation type="vanished">Siguiente: volver {seconds} s</translation>
    </message>
    <message>
        <source>Next: move back {seconds} s</source>
        <translation>Siguiente: volver {seconds} s</translation>
    </message>
    <message>
        <source>Next: get ready</source>
        <translation>Siguiente: prepararse</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Exercise {number} of {total} · {section}</source>
        <translation>Ejercicio {number} de {total} · {section}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg</source>
        <translation>
            <numerusform>%n repetición por pierna</numerusform>
            <numerusform>%n repeticiones por pierna</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Cambie a la pierna izquierda</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the left leg</source>
        <translation>
            <numerusform>%n repetición con la pierna izquierda</numerusform>
            <numerusform>%n repeticiones con la pierna izquierda</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Cambie a la pierna derecha</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the right leg</source>
        <translation>
            <numerusform>%n repetición con la pierna derecha</numerusform>
            <numerusform>%n repeticiones con la pierna derecha</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest, then: {cue}</source>
        <translation>Descanso; luego: {cue}</translation>
    </message>
    <message>
        <source>Up next · exercise {number} of {total} · {section}</source>
        <translation>A continuación · ejercicio {number} de {total} · {section}</translation>
    </message>
    <message>
        <source>{phase}. {cue}. {side}.</source>
        <translation>{phase}. {cue}. {side}.</translation>
    </message>
    <message>
        <source>{phase}. {cue}.</source>
        <translation>{phase}. {cue}.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>Ready to start {exercise}. Press Space to start.</source>
        <translation>Todo listo: {exercise}. Pulse Espacio para empezar.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused. Press Space to resume.</source>
        <translation>En pausa. Pulse Espacio para continuar.</translation>
    </message>
    <message>
        <source>Get back in position</source>
        <translation>Vuelva a la posición</translation>
    </message>
    <message numerus="yes">
        <source>Resuming in %n second(s).</source>
        <translation>
            <numerusform>Se reanuda en %n segundo.</numerusform>
            <numerusform>Se reanuda en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in of a past session</source>
        <translation>Valoración de una sesión anterior</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Cancelar: no cambiar nada</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>Check-in saved.</source>
        <translation>Valoración guardada.</translation>
    </message>
    <message>
        <source>Check-in skipped.</source>
        <translation>Valoración del dolor omitida.</translation>
    </message>
    <message>
        <source>Check-in saved: pain {score} of 10.</source>
        <translation>Valoración guardada: dolor {score} de 10.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Pain check-in</source>
        <translation>Valoración del dolor</translation>
    </message>
    <message>
        <source>How much does it hurt now?</source>
        <translation>¿Cuánto le duele ahora?</translation>
    </message>
    <message>
        <source>Pain {score} of 10</source>
        <translation type="vanished">Dolor {score} de 10</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>El peor imaginable</translation>
    </message>
    <message>
        <source>Where? (optional)</source>
        <translation>¿Dónde? (opcional)</translation>
    </message>
    <message>
        <source>A short note for yourself or your physiotherapist (optional)</source>
        <translation>Una nota breve para usted o para su fisioterapeuta (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar valoración</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Omitir (Esc)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Omitir la valoración del dolor</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Glúteo</translation>
    </message>
    <message>
        <source>Pain in the buttock</source>
        <translation>Dolor en el glúteo</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Pain in the thigh</source>
        <translation>Dolor en el muslo</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Pain in the lower back</source>
        <translation>Dolor en la zona lumbar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>expected a whole number from {first} to {last}, got {value}</source>
        <translation>se esperaba un número entero de {first} a {last}; se encontró {value}</translation>
    </message>
    <message>
        <source>{app}: a guided home routine for piriformis syndrome.</source>
        <translation>{app}: una rutina guiada para hacer en casa contra el síndrome del piriforme.</translation>
    </message>
    <message>
        <source>Set {variable}=N (N &gt;= 1) to run the session clock N times faster (demos, tests).</source>
        <translation>Defina {variable}=N (N &gt;= 1) para que el reloj de la sesión vaya N veces más rápido (demostraciones, pruebas).</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>open and start today&apos;s session at once</source>
        <translation>abrir y empezar enseguida la sesión de hoy</translation>
    </message>
    <message>
        <source>open in full screen with large type</source>
        <translation>abrir a pantalla completa con letra grande</translation>
    </message>
    <message>
        <source>write every session as CSV (- for stdout)</source>
        <translation>escribir todas las sesiones en CSV (- para la salida estándar)</translation>
    </message>
    <message>
        <source>add sessions from a CSV export, skipping duplicates</source>
        <translation>añadir sesiones desde una exportación CSV, omitiendo las duplicadas</translation>
    </message>
    <message>
        <source>write the routine sheet as a PDF and exit</source>
        <translation>escribir la hoja de ejercicios en un PDF y salir</translation>
    </message>
    <message>
        <source>write a progress report for your physiotherapist</source>
        <translation>escribir un informe de progreso para su fisioterapeuta</translation>
    </message>
    <message>
        <source>apply a physiotherapist&apos;s prescription file, print what changed and exit</source>
        <translation>aplicar el archivo de prescripción de un fisioterapeuta, mostrar lo que cambió y salir</translation>
    </message>
    <message>
        <source>write the current settings and prescription as a prescription file</source>
        <translation>escribir los ajustes y la prescripción actuales como archivo de prescripción</translation>
    </message>
    <message>
        <source>open the window and show what this prescription would change</source>
        <translation>abrir la ventana y mostrar lo que cambiaría esta prescripción</translation>
    </message>
    <message>
        <source>weeks the report covers (default {weeks})</source>
        <translation>semanas que abarca el informe (por defecto, {weeks})</translation>
    </message>
    <message>
        <source>paper size for the PDFs (default: locale)</source>
        <translation>tamaño del papel de los PDF (por defecto: el de la configuración regional)</translation>
    </message>
    <message>
        <source>stopped by an unexpected problem ({kind}: {reason}); nothing more was done.</source>
        <translation>se detuvo por un problema inesperado ({kind}: {reason}); no se hizo nada más.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio device was found</source>
        <translation>No se ha encontrado ningún dispositivo de audio</translation>
    </message>
    <message>
        <source>The sound server went away during the session</source>
        <translation>El servidor de sonido del sistema dejó de funcionar durante la sesión</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation>No se ha podido reproducir el sonido «{name}»</translation>
    </message>
    <message>
        <source>The sound system stopped responding ({message})</source>
        <translation>El sistema de sonido dejó de responder ({message})</translation>
    </message>
    <message>
        <source>The sound system did not start</source>
        <translation>El sistema de sonido no se inició</translation>
    </message>
    <message>
        <source>The sound system stopped responding</source>
        <translation>El sistema de sonido dejó de responder</translation>
    </message>
    <message>
        <source>{reason}; sound cues go on from a fresh start of it.</source>
        <translation>{reason}; los avisos sonoros siguen con el sistema de sonido iniciado de nuevo.</translation>
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation>El motor de voz ha dejado de funcionar: {message}</translation>
    </message>
    <message>
        <source>The speech engine stopped answering (restarting speech-dispatcher, or logging out and in, usually helps)</source>
        <translation>El motor de voz dejó de responder (reiniciar speech-dispatcher, o cerrar la sesión y volver a entrar, suele ayudar)</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is running but not answering (restarting it, or logging out and in, usually helps)</source>
        <translation>Las indicaciones por voz necesitan speech-dispatcher, que está en marcha pero no responde (reiniciarlo, o cerrar la sesión y volver a entrar, suele ayudar)</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation>Las indicaciones por voz necesitan speech-dispatcher, que no está instalado o no está en marcha</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation>No se ha podido iniciar ningún motor de voz ({problems})</translation>
    </message>
    <message>
        <source>No speech engine was found (install speech-dispatcher for voice prompts)</source>
        <translation>No se ha encontrado ningún motor de voz (instale speech-dispatcher para las indicaciones por voz)</translation>
    </message>
    <message>
        <source>No speech engine was found</source>
        <translation>No se ha encontrado ningún motor de voz</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {language}; prompts are read with another voice (install a {language} voice for espeak-ng or your speech engine)</source>
        <translation>El motor de voz no tiene ninguna voz para {language}; las indicaciones se leen con otra voz (instale una voz de {language} para espeak-ng o su motor de voz)</translation>
    </message>
    <message>
        <source>Sound cues are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>Los avisos sonoros quedan desactivados hasta que reinicie Piriformis Desktop. {reason}. Esta sesión sigue sin ellos.</translation>
    </message>
    <message>
        <source>Voice prompts are off until Piriformis Desktop is restarted. {reason}. This session goes on without them.</source>
        <translation>Las indicaciones por voz quedan desactivadas hasta que reinicie Piriformis Desktop. {reason}. Esta sesión sigue sin ellas.</translation>
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation>El sonido necesita Qt Multimedia, que no se ha podido cargar: {error}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no está instalado</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation>Las indicaciones por voz necesitan Qt Text-to-Speech, que no se ha podido cargar: {error}</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>{exercise}, right leg</source>
        <translation>{exercise}, pierna derecha</translation>
    </message>
    <message>
        <source>{exercise}, left leg</source>
        <translation>{exercise}, pierna izquierda</translation>
    </message>
    <message>
        <source>Switch to your right leg</source>
        <translation>Cambie a la pierna derecha</translation>
    </message>
    <message>
        <source>Switch to your left leg</source>
        <translation>Cambie a la pierna izquierda</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken when a hold begins</comment>
        <translation>Mantenga la posición</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken when a rest begins</comment>
        <translation>Descanse</translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <source>Sessions day by day, last 12 weeks</source>
        <translation type="vanished">Sesiones día a día, últimas 12 semanas</translation>
    </message>
    <message numerus="yes">
        <source>Sessions day by day, last %n week(s)</source>
        <translation>
            <numerusform>Sesiones día a día, última semana</numerusform>
            <numerusform>Sesiones día a día, últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>{active} of the last {days} days had a finished session.</source>
        <translation>Días con una sesión terminada: {active} de los últimos {days}.</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>the page could not be opened for drawing</source>
        <translation>no se ha podido abrir la página para dibujar</translation>
    </message>
    <message>
        <source>unknown paper size &apos;{paper}&apos;; use a4 or letter</source>
        <translation>tamaño de papel desconocido «{paper}»; use a4 o letter</translation>
    </message>
    <message>
        <source>could not write {path}: the PDF came out empty (is the disk full?)</source>
        <translation>no se ha podido escribir {path}: el PDF ha salido vacío (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>no se ha podido escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Save routine sheet as PDF</source>
        <translation>Guardar la hoja de ejercicios como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The routine sheet was not saved: {reason}.</source>
        <translation>La hoja de ejercicios no se ha guardado: {reason}.</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}</source>
        <translation>Hoja de ejercicios guardada en {path}</translation>
    </message>
</context>
<context>
    <name>DoseStepWords</name>
    <message numerus="yes">
        <source>%n finished session(s) in a row at this dose with pain after at most {ceiling} of 10 and no safety flag.</source>
        <translation>
            <numerusform>%n sesión terminada seguida con esta dosis, dolor después de como mucho {ceiling} de 10 y ninguna alerta.</numerusform>
            <numerusform>%n sesiones terminadas seguidas con esta dosis, dolor después de como mucho {ceiling} de 10 y ninguna alerta.</numerusform>
        </translation>
    </message>
    <message>
        <source>A safety flag after the session on {day}.</source>
        <translation>Una alerta tras la sesión del {day}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>about {seconds} s</source>
        <translation>aprox. {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>aprox. {minutes} min</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s</source>
        <translation>aprox. {minutes} min {seconds} s</translation>
    </message>
</context>
<context>
    <name>GoalGroup</name>
    <message>
        <source>Goal, sound and look</source>
        <translation>Objetivo, sonido y aspecto</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>%n sesión a la semana</numerusform>
            <numerusform>%n sesiones a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation>Avisos sonoros (tictac en los últimos segundos al mantener, campanillas)</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Avisos sonoros</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volumen de los avisos</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation>Indicaciones por voz («Mantenga la posición», «Cambie a la pierna izquierda»)</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation>Indicaciones por voz</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation>Por qué no hay sonido</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Tema de colores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
</context>
<context>
    <name>HistoryButtons</name>
    <message>
        <source>Check-in…</source>
        <translation>Valoración…</translation>
    </message>
    <message>
        <source>Add or change the check-in of a past session</source>
        <translation>Añadir o cambiar la valoración de una sesión anterior</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation>Importar sesiones de un archivo CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Exportar el historial como archivo CSV</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>Se ha exportado %n sesión a {path}</numerusform>
            <numerusform>Se han exportado %n sesiones a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write to standard output: {reason}.</source>
        <translation>no se pudo escribir en la salida estándar: {reason}.</translation>
    </message>
    <message>
        <source>your history cannot be written, so nothing was imported.</source>
        <translation>no se puede escribir en su historial, así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation type="vanished">no se ha podido leer {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({duplicates} already there).</source>
        <translation>
            <numerusform>Se ha importado %n sesión de {path} (ya había {duplicates}).</numerusform>
            <numerusform>Se han importado %n sesiones de {path} (ya había {duplicates}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se ha podido escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>No se ha podido leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>line {line}: the file is empty; expected a header row: {columns}.</source>
        <translation>línea {line}: el archivo está vacío; se esperaba una fila de encabezado: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>line {line}: missing column(s) {missing}; an export has: {columns}.</source>
        <translation>
            <numerusform>línea {line}: falta la columna {missing}; una exportación tiene: {columns}.</numerusform>
            <numerusform>línea {line}: faltan las columnas {missing}; una exportación tiene: {columns}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line {line}: expected %n value(s), found {found}.</source>
        <translation>
            <numerusform>línea {line}: se esperaba %n valor, se han encontrado {found}.</numerusform>
            <numerusform>línea {line}: se esperaban %n valores, se han encontrado {found}.</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: more than {limit} sessions, so this is not an export of this app.</source>
        <translation>línea {line}: más de {limit} sesiones, así que no es una exportación de esta aplicación.</translation>
    </message>
    <message>
        <source>line {line}: not readable as CSV ({reason}).</source>
        <translation>línea {line}: no se puede leer como CSV ({reason}).</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text, so not an export of this app.</source>
        <translation>línea {line}: no es texto UTF-8, así que no es una exportación de esta aplicación.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date and time with a time zone, like {example}, got {value}.</source>
        <translation>línea {line}: {column}: se esperaba una fecha y hora con zona horaria, como {example}; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a date like {example}, got {value}.</source>
        <translation>línea {line}: {column}: se esperaba una fecha como {example}; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a number of seconds, 0 or more, got {value}.</source>
        <translation>línea {line}: {column}: se esperaba un número de segundos, 0 o más; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected {one} or {other}, got {value}.</source>
        <translation>línea {line}: {column}: se esperaba {one} o {other}; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, got {value}.</source>
        <translation>línea {line}: {column}: se esperaba un número entero; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number, 0 or more, got {value}.</source>
        <translation>línea {line}: {column}: se esperaba un número entero, 0 o más; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected the settings as a JSON object, like {example}, got {value}.</source>
        <translation>línea {line}: {column}: se esperaban los ajustes como un objeto JSON, como {example}; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {column}: expected a whole number from 0 to 10, or nothing, got {value}.</source>
        <translation>línea {line}: {column}: se esperaba un número entero del 0 al 10, o nada; se encontró {value}.</translation>
    </message>
    <message>
        <source>line {line}: {reason}.</source>
        <translation>línea {line}: {reason}.</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters, so this is not an export of this app.</source>
        <translation>la línea {line} tiene más de {limit} caracteres, así que no es una exportación de esta aplicación.</translation>
    </message>
    <message>
        <source>line {line}: the file is larger than {limit} MB, so this is not an export of this app.</source>
        <translation>línea {line}: el archivo ocupa más de {limit} MB, así que no es una exportación de esta aplicación.</translation>
    </message>
</context>
<context>
    <name>HistoryOpening</name>
    <message>
        <source>Your history file {path} is damaged and could not be moved aside ({reason}); sessions will play but will not be saved.</source>
        <translation>Su archivo de historial {path} está dañado y no se ha podido apartar ({reason}); las sesiones funcionarán, pero no se guardarán.</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path} and a new one was started.</source>
        <translation>Su archivo de historial estaba dañado; se ha movido a {path} y se ha empezado uno nuevo.</translation>
    </message>
    <message>
        <source>Your history file was damaged; it was moved to {path}, and a new one could not be created ({reason}); sessions will play but will not be saved.</source>
        <translation>Su archivo de historial estaba dañado; se ha movido a {path} y no se ha podido crear uno nuevo ({reason}); las sesiones funcionarán, pero no se guardarán.</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>No se puede usar su archivo de historial {path} ({reason}); las sesiones funcionarán, pero no se guardarán.</translation>
    </message>
    <message>
        <source>Your history in {folder} cannot be used ({reason}); sessions will play but will not be saved.</source>
        <translation>No se puede usar su historial de {folder} ({reason}); las sesiones funcionarán, pero no se guardarán.</translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation>el disco en el que está es de solo lectura</translation>
    </message>
    <message>
        <source>the file belongs to another user</source>
        <translation>el archivo pertenece a otro usuario</translation>
    </message>
    <message>
        <source>the file&apos;s permissions let you neither read nor change it</source>
        <translation>los permisos del archivo no le dejan ni leerlo ni modificarlo</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>the folder belongs to another user</source>
        <translation>la carpeta pertenece a otro usuario</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app</source>
        <translation>lo escribió una versión más reciente de la aplicación</translation>
    </message>
    <message>
        <source>Your history was saved by a newer version of Piriformis Desktop, so this version will not change it: sessions will play but will not be saved.</source>
        <translation>Su historial lo guardó una versión más reciente de Piriformis Desktop, así que esta versión no lo modificará: las sesiones funcionarán, pero no se guardarán.</translation>
    </message>
    <message>
        <source>Your history file {path} cannot be changed ({reason}); past sessions are shown, but new ones will not be saved.</source>
        <translation>No se puede modificar su archivo de historial {path} ({reason}); se muestran las sesiones anteriores, pero las nuevas no se guardarán.</translation>
    </message>
    <message>
        <source>The disk that holds your history {path} is full: new sessions will not be saved until some room is freed.</source>
        <translation>El disco que contiene su historial {path} está lleno: las sesiones nuevas no se guardarán hasta que se libere espacio.</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>no es un archivo SQLite</translation>
    </message>
</context>
<context>
    <name>HistorySource</name>
    <message>
        <source>Your history is not open.</source>
        <translation>Su historial no está abierto.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the folder is read-only or not yours</source>
        <translation>la carpeta es de solo lectura o no es suya</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>another copy of the app kept it busy for too long</source>
        <translation>otra copia de la aplicación lo ha tenido ocupado demasiado tiempo</translation>
    </message>
    <message>
        <source>the file cannot be created or opened there</source>
        <translation>el archivo no se puede crear ni abrir en esa ubicación</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco ha informado de un error</translation>
    </message>
    <message>
        <source>The history {path} is closed.</source>
        <translation>El historial {path} está cerrado.</translation>
    </message>
    <message>
        <source>The check-in was not saved: {reason}.</source>
        <translation>La valoración no se ha guardado: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} cannot be written: {reason}.</source>
        <translation>No se puede escribir en el archivo de historial {path}: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be written: {reason}.</source>
        <translation>No se ha podido escribir en el archivo de historial {path}: {reason}.</translation>
    </message>
    <message>
        <source>The history file {path} could not be read: {reason}.</source>
        <translation>No se ha podido leer el archivo de historial {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>No se ha exportado nada: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>Se ha exportado %n sesión a {path}.</numerusform>
            <numerusform>Se han exportado %n sesiones a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>Leyendo {path}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>La importación se ha cancelado; no se ha importado nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se ha importado nada: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} from {path} (%n were already here).</source>
        <translation>
            <numerusform>Importación desde {path}: {sessions} (%n ya estaba aquí).</numerusform>
            <numerusform>Importación desde {path}: {sessions} (%n ya estaban aquí).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path}.</source>
        <translation>
            <numerusform>Se ha importado %n sesión de {path}.</numerusform>
            <numerusform>Se han importado %n sesiones de {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history yet</source>
        <translation>Aún no hay historial</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Pain after each session (0 none, 10 worst)</source>
        <translation type="vanished">Dolor tras cada sesión (0 nada, 10 el peor)</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="vanished">12 sem.</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="vanished">Mostrar las últimas 12 semanas</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>Mostrar todo el historial</translation>
    </message>
    <message>
        <source>Pain before and after (0 none, 10 worst)</source>
        <translation>Dolor antes y después (0 nada, 10 el peor)</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Avisos de seguridad</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Tendencia del dolor</translation>
    </message>
    <message>
        <source>Sessions of the chosen week</source>
        <translation>Sesiones de la semana elegida</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="vanished">Importar…</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation type="vanished">Importar sesiones de un archivo CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">Exportar…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation type="vanished">Exportar el historial como archivo CSV</translation>
    </message>
    <message>
        <source>Your history cannot be written, so nothing can be imported.</source>
        <translation>No se puede escribir en su historial, así que no se puede importar nada.</translation>
    </message>
    <message>
        <source>stopped early (beside, not counted)</source>
        <translation type="vanished">interrumpida (al lado, no cuenta)</translation>
    </message>
    <message>
        <source>stopped early (not counted)</source>
        <translation>interrumpida (no cuenta)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>tendencia</translation>
    </message>
    <message>
        <source>safety flag</source>
        <translation>aviso de seguridad</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Your history is not available&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sessions still play from start to end, but they are not saved. The notice above says why.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Su historial no está disponible&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Las sesiones siguen funcionando de principio a fin, pero no se guardan. El aviso de arriba explica por qué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first session on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Aún no hay sesiones&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Empiece su primera sesión en la pestaña &lt;b&gt;Sesión&lt;/b&gt; (pulse &lt;b&gt;Espacio&lt;/b&gt;).&lt;br&gt;Cada sesión que termine aparecerá aquí, semana a semana, frente a su objetivo de {goal} a la semana.&lt;/p&gt;&lt;p&gt;¿Viene de otro ordenador? Use &lt;b&gt;Importar…&lt;/b&gt; con el CSV que exportó allí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first routine on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Aún no hay sesiones&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Empiece su primera rutina en la pestaña &lt;b&gt;Sesión&lt;/b&gt; (pulse &lt;b&gt;Espacio&lt;/b&gt;).&lt;br&gt;Cada sesión que termine aparecerá aquí, semana a semana, frente a su objetivo de {goal} a la semana.&lt;/p&gt;&lt;p&gt;¿Viene de otro ordenador? Use &lt;b&gt;Importar…&lt;/b&gt; con el CSV que exportó allí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{trend} {rising}</source>
        <comment>two sentences about pain, one after the other</comment>
        <translation type="vanished">{trend} {rising}</translation>
    </message>
    <message>
        <source>finished, goal met ★</source>
        <translation>terminadas, objetivo cumplido ★</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminadas</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="vanished">interrumpidas</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>objetivo: {goal} a la semana</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation>Se aplica al reiniciar Piriformis Desktop.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>¿Detener esta sesión?</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as stopped early.</source>
        <translation type="vanished">¿Detener esta sesión ahora? Se guardará en su historial como interrumpida.</translation>
    </message>
    <message>
        <source>Stop this session now? It will be kept in your history as not completed.</source>
        <translation type="vanished">¿Detener esta sesión ahora? Se guardará en su historial como no completada.</translation>
    </message>
    <message>
        <source>What you have done so far is kept in your history.</source>
        <translation>Lo que ha hecho hasta ahora se guarda en su historial.</translation>
    </message>
    <message>
        <source>Stop (Enter)</source>
        <translation>Detener (Intro)</translation>
    </message>
    <message>
        <source>Keep going (Esc)</source>
        <translation>Continuar (Esc)</translation>
    </message>
    <message>
        <source>Keep reminders running?</source>
        <translation>¿Mantener los recordatorios activos?</translation>
    </message>
    <message>
        <source>Reminders are on. Keep Piriformis Desktop running in the system tray when this window is closed, so they can appear? (You can change this in settings.toml: close_to_tray.)</source>
        <translation>Los recordatorios están activados. ¿Mantener Piriformis Desktop en ejecución en la bandeja del sistema al cerrar esta ventana, para que puedan aparecer? (Puede cambiarlo en settings.toml: close_to_tray.)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar aviso</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>Last 12 weeks, day by day</source>
        <translation type="vanished">Últimas 12 semanas, día a día</translation>
    </message>
    <message numerus="yes">
        <source>this week — goal of %n met ✓</source>
        <translation>
            <numerusform>esta semana — objetivo de %n cumplido ✓</numerusform>
            <numerusform>esta semana — objetivo de %n cumplido ✓</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation>{done} de {goal}</translation>
    </message>
    <message>
        <source>this week — goal met ✓</source>
        <translation>esta semana — objetivo cumplido ✓</translation>
    </message>
    <message numerus="yes">
        <source>this week — %n to go</source>
        <translation type="vanished">
            <numerusform>esta semana — falta %n</numerusform>
            <numerusform>esta semana — faltan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s), day by day</source>
        <translation>
            <numerusform>Última semana, día a día</numerusform>
            <numerusform>Últimas %n semanas, día a día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this week — %n more to reach your goal of {goal}</source>
        <translation>
            <numerusform>esta semana — falta %n para su objetivo de {goal}</numerusform>
            <numerusform>esta semana — faltan %n para su objetivo de {goal}</numerusform>
        </translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Primera semana</translation>
    </message>
    <message>
        <source>welcome! Weeks at your goal count from here</source>
        <translation>¡bienvenido/a! Las semanas con el objetivo cumplido cuentan desde aquí</translation>
    </message>
    <message>
        <source>in a row at your goal</source>
        <translation>racha actual con el objetivo cumplido</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>mejor racha</translation>
    </message>
    <message numerus="yes">
        <source>finished, %n stopped early</source>
        <translation>
            <numerusform>sesiones terminadas, %n interrumpida</numerusform>
            <numerusform>sesiones terminadas, %n interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>sesiones terminadas</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>de ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>minute(s) exercised</source>
        <translation>
            <numerusform>minuto de ejercicio</numerusform>
            <numerusform>minutos de ejercicio</numerusform>
        </translation>
    </message>
    <message>
        <source>last session</source>
        <translation>última sesión</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <source>Your physiotherapist&apos;s next step</source>
        <translation>El siguiente paso de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Take this step (Enter)</source>
        <translation>Dar este paso (Intro)</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>Ahora no (Esc)</translation>
    </message>
    <message>
        <source>One step back? It stays within what {name} prescribed.</source>
        <translation>¿Un paso atrás? Sigue dentro de lo que prescribió {name}.</translation>
    </message>
    <message>
        <source>Ready for the next step? It stays within what {name} prescribed.</source>
        <translation>¿Listo para el siguiente paso? Sigue dentro de lo que prescribió {name}.</translation>
    </message>
    <message>
        <source>One step back, within what {name} prescribed?</source>
        <translation type="vanished">¿Un paso atrás, dentro de lo que prescribió {name}?</translation>
    </message>
    <message>
        <source>Ready for the next step {name} prescribed?</source>
        <translation type="vanished">¿Listo para el siguiente paso que prescribió {name}?</translation>
    </message>
    <message>
        <source>{exercise}: from {reps_before} reps with a {hold_before} s hold to {reps} reps with a {hold} s hold. {reason}</source>
        <translation>{exercise}: de {reps_before} repeticiones y mantener {hold_before} s a {reps} repeticiones y mantener {hold} s. {reason}</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain after each session, 0 to 10</source>
        <translation type="vanished">Dolor tras cada sesión, de 0 a 10</translation>
    </message>
    <message>
        <source>Pain before and after each session, 0 to 10</source>
        <translation>Dolor antes y después de cada sesión, de 0 a 10</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain {score} of 10</source>
        <translation>Dolor {score} de 10</translation>
    </message>
</context>
<context>
    <name>PainTrend</name>
    <message>
        <source>Your pain scores have gone up over the last two weeks. It may be worth checking in with your physiotherapist.</source>
        <translation type="vanished">Sus puntuaciones de dolor han subido en las dos últimas semanas. Puede ser buena idea consultarlo con su fisioterapeuta.</translation>
    </message>
</context>
<context>
    <name>PhaseKind</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Haga el movimiento</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga la posición</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Vuelva</translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="vanished">Vuelva</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message>
        <source>1 second left</source>
        <translation type="vanished">Queda 1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation type="vanished">
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain before this session (optional)</source>
        <translation>Dolor antes de esta sesión (opcional)</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Pulse Espacio para empezar</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>PIERNA DERECHA</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>PIERNA IZQUIERDA</translation>
    </message>
</context>
<context>
    <name>PrescriptionBanner</name>
    <message>
        <source>Undo: back to my settings before</source>
        <translation>Deshacer: volver a mis ajustes anteriores</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Changed by you, not as prescribed: {settings}.</source>
        <translation>Cambiado por ti, no como se prescribió: {settings}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionCommands</name>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>{file} was not applied: your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>No se aplicó {file}: no se puede escribir tu historial, así que la prescripción no se podría guardar. No se cambió nada.</translation>
    </message>
    <message>
        <source>Prescription by {name}, issued {issued}:</source>
        <translation>Prescripción de {name}, emitida el {issued}:</translation>
    </message>
    <message>
        <source>  {key}: {before} -&gt; {after}</source>
        <translation>  {key}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>  {key}: {value} (unchanged)</source>
        <translation>  {key}: {value} (sin cambios)</translation>
    </message>
    <message>
        <source>{file} has keys this version does not use ({keys}); they were kept with the prescription and not applied.</source>
        <translation>{file} tiene claves que esta versión no usa ({keys}); se guardaron con la prescripción y no se aplicaron.</translation>
    </message>
    <message>
        <source>Applied to {path}.</source>
        <translation>Aplicado en {path}.</translation>
    </message>
    <message>
        <source>no prescription is in force, so there is no one to name as its author; use File &gt; Save as prescription… in the window. Nothing was written.</source>
        <translation>no hay ninguna prescripción en vigor, así que no hay a quién nombrar como autor; usa Archivo &gt; Guardar como prescripción… en la ventana. No se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
        <source>Wrote the prescription to {path}.</source>
        <translation>Prescripción escrita en {path}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionFile</name>
    <message>
        <source>{file}: these settings cannot be used together: {reason}.</source>
        <translation>{file}: estos ajustes no se pueden usar juntos: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>No se pudo leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} KB, far more than a prescription needs; it was not read.</source>
        <translation>{file} ocupa más de {limit} KB, mucho más de lo que necesita una prescripción; no se leyó.</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not text (UTF-8).</source>
        <translation>{file} no es una prescripción: no es texto (UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not a prescription: it is not valid TOML ({reason}).</source>
        <translation>{file} no es una prescripción: no es TOML válido ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}.</source>
        <translation>{file}: {key}: {problem}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {key}: {problem}.</source>
        <translation>{file}, línea {line}: {key}: {problem}.</translation>
    </message>
    <message>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}.</source>
        <translation>{file}, línea {line}: {problem}.</translation>
    </message>
    <message>
        <source>this is not a prescription (a prescription says format = &quot;{format}&quot;)</source>
        <translation>esto no es una prescripción (una prescripción dice format = &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>se esperaba un número entero, se encontró {value}</translation>
    </message>
    <message>
        <source>this prescription is version {version}, written for a newer app; this app reads version {known}</source>
        <translation>esta prescripción es de la versión {version}, escrita para una aplicación más nueva; esta aplicación lee la versión {known}</translation>
    </message>
    <message>
        <source>the review date is before the date issued</source>
        <translation>la fecha de revisión es anterior a la de emisión</translation>
    </message>
    <message>
        <source>expected a table per exercise</source>
        <translation>se esperaba una tabla por ejercicio</translation>
    </message>
    <message>
        <source>no such exercise in this routine (it has {known})</source>
        <translation>este ejercicio no está en esta rutina (tiene {known})</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>se esperaba una tabla</translation>
    </message>
    <message>
        <source>{cap} is missing, and there is no {dose} to take it from</source>
        <translation>falta {cap} y no hay {dose} del que tomarlo</translation>
    </message>
    <message>
        <source>the maximum {value} is below the prescribed {dose} of {given}</source>
        <translation>el máximo {value} es menor que el {dose} prescrito de {given}</translation>
    </message>
    <message>
        <source>expected text in quotes, got {value}</source>
        <translation>se esperaba texto entre comillas, se encontró {value}</translation>
    </message>
    <message>
        <source>expected one line of at most {limit} characters</source>
        <translation>se esperaba una línea de como mucho {limit} caracteres</translation>
    </message>
    <message>
        <source>expected a date written 2026-12-01, got {value}</source>
        <translation>se esperaba una fecha escrita 2026-12-01, se encontró {value}</translation>
    </message>
</context>
<context>
    <name>PrescriptionPart</name>
    <message>
        <source>{exercise}: up to max {reps} reps and a {hold} s hold, {after} sessions at a dose with pain at most {ceiling} before a step</source>
        <translation>{exercise}: hasta un máximo de {reps} repeticiones y mantener {hold} s, {after} sesiones por dosis con dolor como mucho {ceiling} antes de un paso</translation>
    </message>
    <message>
        <source>Prescribed by {name} on {date}.</source>
        <translation>Prescrito por {name} el {date}.</translation>
    </message>
    <message>
        <source>Review by {date}.</source>
        <translation>Revisión antes del {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Limits: {limits}.</source>
        <translation>Límites: {limits}.</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescripción</translation>
    </message>
    <message>
        <source>step up</source>
        <translation>paso adelante</translation>
    </message>
    <message>
        <source>step back</source>
        <translation>paso atrás</translation>
    </message>
    <message>
        <source>changed by the patient</source>
        <translation>cambiado por el paciente</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s (prescribed)</source>
        <translation>{date}: {reps} × {hold} s (prescrito)</translation>
    </message>
    <message>
        <source>{date}: {reps} × {hold} s ({kind})</source>
        <translation>{date}: {reps} × {hold} s ({kind})</translation>
    </message>
    <message>
        <source>{exercise}, dose over time: {changes}.</source>
        <translation>{exercise}, dosis a lo largo del tiempo: {changes}.</translation>
    </message>
</context>
<context>
    <name>PrescriptionPresenter</name>
    <message>
        <source>From your physiotherapist: {note}</source>
        <translation>De tu fisioterapeuta: {note}</translation>
    </message>
    <message>
        <source>{setting}: {value}, above the {limit} {name} prescribed.</source>
        <translation>{setting}: {value}, por encima de los {limit} que prescribió {name}.</translation>
    </message>
    <message>
        <source>Go past the prescribed limit?</source>
        <translation>¿Superar el límite prescrito?</translation>
    </message>
    <message>
        <source>It will be marked as your own change, in Settings and in the report.</source>
        <translation>Se marcará como cambio tuyo, en Ajustes y en el informe.</translation>
    </message>
    <message>
        <source>Open prescription</source>
        <translation>Abrir prescripción</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix});;TOML files (*.toml)</source>
        <translation>Prescripciones (*{suffix});;Archivos TOML (*.toml)</translation>
    </message>
    <message>
        <source>Prescription not applied</source>
        <translation>Prescripción no aplicada</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>Your history cannot be written, so the prescription could not be kept. Nothing was changed.</source>
        <translation>No se puede escribir tu historial, así que la prescripción no se podría guardar. No se cambió nada.</translation>
    </message>
    <message>
        <source>The new dose is saved; it applies from your next session.</source>
        <translation>La nueva dosis está guardada; se aplica desde tu próxima sesión.</translation>
    </message>
    <message>
        <source>The dose stays as it is.</source>
        <translation>La dosis se queda como está.</translation>
    </message>
</context>
<context>
    <name>PrescriptionWords</name>
    <message>
        <source>Your history is not open.</source>
        <translation>Tu historial no está abierto.</translation>
    </message>
    <message>
        <source>Changed by you in Settings.</source>
        <translation>Cambiado por ti en Ajustes.</translation>
    </message>
    <message>
        <source>{exercise}: in the routine</source>
        <translation>{exercise}: en la rutina</translation>
    </message>
    <message>
        <source>{exercise}: reps each leg</source>
        <translation>{exercise}: repeticiones por pierna</translation>
    </message>
    <message>
        <source>{exercise}: hold (seconds)</source>
        <translation>{exercise}: mantener (segundos)</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">Qué pierna va primero</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="vanished">Sesiones por semana</translation>
    </message>
    <message>
        <source>Get ready (seconds)</source>
        <translation type="vanished">Prepararse (segundos)</translation>
    </message>
    <message>
        <source>Move into the hold (seconds)</source>
        <translation type="vanished">Llegar a la posición (segundos)</translation>
    </message>
    <message>
        <source>Move back (seconds)</source>
        <translation type="vanished">Volver (segundos)</translation>
    </message>
    <message>
        <source>Rest (seconds)</source>
        <translation type="vanished">Descanso (segundos)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>alternate</source>
        <translation>alternar</translation>
    </message>
    <message>
        <source>Set by {name} on {date}.</source>
        <translation>Establecido por {name} el {date}.</translation>
    </message>
    <message>
        <source>The review was due on {date}: ask your physiotherapist.</source>
        <translation>La revisión tocaba el {date}: consulta a tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>The review is due today ({date}).</source>
        <translation>La revisión toca hoy ({date}).</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {first} to {end} (%n week(s))</source>
        <translation>
            <numerusform>{title}: del {first} al {end} (%n semana)</numerusform>
            <numerusform>{title}: del {first} al {end} (%n semanas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: since {first}, %n week(s)</source>
        <translation>
            <numerusform>{title}: desde el {first}, %n semana</numerusform>
            <numerusform>{title}: desde el {first}, %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Adherence: none yet; this week counts once it is over or its goal is met.</source>
        <translation>Adherencia: aún no hay datos; esta semana cuenta cuando termine o cuando se cumpla su objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>Adherence since {first}: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>Adherencia desde el {first}: {percent} % de las sesiones del objetivo; el objetivo se cumplió en {met} de %n semana.</numerusform>
            <numerusform>Adherencia desde el {first}: {percent} % de las sesiones del objetivo; el objetivo se cumplió en {met} de %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) finished and {stopped} stopped early in {weeks}.</source>
        <translation>
            <numerusform>%n sesión terminada en {weeks} (interrumpidas antes de tiempo: {stopped}).</numerusform>
            <numerusform>%n sesiones terminadas en {weeks} (interrumpidas antes de tiempo: {stopped}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n a week.</source>
        <translation>
            <numerusform>Objetivo: %n sesión a la semana.</numerusform>
            <numerusform>Objetivo: %n sesiones a la semana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation type="vanished">
            <numerusform>Adherencia: {percent} % de las sesiones del objetivo; el objetivo se cumplió en {met} de %n semana.</numerusform>
            <numerusform>Adherencia: {percent} % de las sesiones del objetivo; el objetivo se cumplió en {met} de %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routine as currently set</source>
        <translation>La rutina con los ajustes actuales</translation>
    </message>
    <message>
        <source>{name}: {dose}</source>
        <translation>{name}: {dose}</translation>
    </message>
    <message>
        <source>{name}: not in the routine</source>
        <translation>{name}: no está en la rutina</translation>
    </message>
    <message>
        <source>{doses}. Each exercise on both legs; {start_side}. Tempo: move {move} s, move back {release} s; {rest} s rest between legs and exercises. A session takes {length}.</source>
        <translation>{doses}. Cada ejercicio con las dos piernas; {start_side}. Ritmo: mover {move} s, volver {release} s; {rest} s de descanso entre piernas y entre ejercicios. Una sesión dura {length}.</translation>
    </message>
    <message>
        <source>Pain after sessions (0 no pain, 10 worst imaginable)</source>
        <translation type="vanished">Dolor después de las sesiones (0 sin dolor, 10 el peor imaginable)</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Interrumpidas</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation type="vanished">Dolor (media)</translation>
    </message>
    <message>
        <source>Pain before (ring) and after (dot) sessions (0 no pain, 10 worst imaginable)</source>
        <translation>Dolor antes (anillo) y después (punto) de las sesiones (0 sin dolor, 10 el peor imaginable)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Pain before → after (mean)</source>
        <translation>Dolor antes → después (media)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Avisos de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier flag(s) in this period, not listed.</source>
        <translation>
            <numerusform>%n aviso anterior en este periodo, no incluido en la lista.</numerusform>
            <numerusform>%n avisos anteriores en este periodo, no incluidos en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {flag}</source>
        <translation>{day}: {flag}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s)</source>
        <translation>
            <numerusform>%n nota anterior</numerusform>
            <numerusform>%n notas anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from check-ins</source>
        <translation>Notas de las valoraciones</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) in the exported history (File &gt; Export history).</source>
        <translation>
            <numerusform>%n nota anterior en el historial exportado (Archivo &gt; Exportar historial).</numerusform>
            <numerusform>%n notas anteriores en el historial exportado (Archivo &gt; Exportar historial).</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 [{where}] {note}</source>
        <translation>{day}: dolor {pain}/10 [{where}] {note}</translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 {note}</source>
        <translation>{day}: dolor {pain}/10 {note}</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <translation>{day}: {note}</translation>
    </message>
    <message>
        <source>Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated on the 0-10 numeric rating scale after each session.</source>
        <translation>Datos registrados por el propio usuario con Piriformis Desktop, una rutina guiada para hacer en casa. El dolor se autoevalúa en la escala numérica de 0 a 10 después de cada sesión.</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>Imprimir informe de progreso</translation>
    </message>
    <message>
        <source>piriformis-desktop: --weeks must be 1 or more</source>
        <translation type="vanished">piriformis-desktop: --weeks debe ser 1 o más</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.</source>
        <translation>
            <numerusform>Informe de progreso de %n semana ({sessions} en el historial) escrito en {path}.</numerusform>
            <numerusform>Informe de progreso de %n semanas ({sessions} en el historial) escrito en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeButtons</name>
    <message>
        <source>Last 12 weeks</source>
        <translation type="obsolete">12 sem.</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation type="obsolete">Mostrar las últimas 12 semanas</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation type="obsolete">Todo</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation type="obsolete">Mostrar todo el historial</translation>
    </message>
</context>
<context>
    <name>RangeWords</name>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>%n sem.</numerusform>
            <numerusform>%n sem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n week(s)</source>
        <translation>
            <numerusform>Mostrar la última semana</numerusform>
            <numerusform>Mostrar las últimas %n semanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open Piriformis Desktop</source>
        <translation>Abrir Piriformis Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No system tray was found, so reminders cannot be shown.</source>
        <translation>No se ha encontrado ninguna bandeja del sistema, así que no se pueden mostrar recordatorios.</translation>
    </message>
    <message>
        <source>Time for your piriformis routine</source>
        <translation>Es la hora de su rutina para el piriforme</translation>
    </message>
    <message>
        <source>Tap here when you are on the mat; the session is ready to start.</source>
        <translation>Pulse aquí cuando esté en la esterilla; la sesión está lista para empezar.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>expected a list of days like {example}, got {value}</source>
        <translation>se esperaba una lista de días como {example}; se encontró {value}</translation>
    </message>
    <message>
        <source>unknown day {day}; use {days}</source>
        <translation>día desconocido {day}; use {days}</translation>
    </message>
    <message>
        <source>expected a time like {example}, got {value}</source>
        <translation>se esperaba una hora como {example}; se encontró {value}</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me on these days, unless I have already done the routine</source>
        <translation>Recordármelo estos días, salvo si ya he hecho la rutina</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Recordar el {day}</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>at</source>
        <comment>between the reminder days and the reminder time</comment>
        <translation>a las</translation>
    </message>
    <message>
        <source>Start Piriformis Desktop when I log in (so reminders can come)</source>
        <translation>Abrir Piriformis Desktop al iniciar sesión (para que lleguen los recordatorios)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Arranque al iniciar sesión</translation>
    </message>
    <message>
        <source>Why reminders are unavailable</source>
        <translation>Por qué no hay recordatorios</translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message numerus="yes">
        <source>Review by {date} (in %n day(s)).</source>
        <translation>
            <numerusform>Revisión antes del {date} (dentro de %n día).</numerusform>
            <numerusform>Revisión antes del {date} (dentro de %n días).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message numerus="yes">
        <source>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session(s) a week.</source>
        <translation>
            <numerusform>Cada ejercicio con las dos piernas: {start_side}. Ritmo de cada repetición: mover {move} s, mantener, volver {release} s. {ready} s para prepararse antes de cada ejercicio, {rest} s de descanso entre piernas y entre ejercicios. Una sesión dura {length}. Objetivo: %n sesión a la semana.</numerusform>
            <numerusform>Cada ejercicio con las dos piernas: {start_side}. Ritmo de cada repetición: mover {move} s, mantener, volver {release} s. {ready} s para prepararse antes de cada ejercicio, {rest} s de descanso entre piernas y entre ejercicios. Una sesión dura {length}. Objetivo: %n sesiones a la semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {text}</source>
        <translation>{number}. {text}</translation>
    </message>
    <message>
        <source>{section} · {dose}</source>
        <translation>{section} · {dose}</translation>
    </message>
    <message>
        <source>Start: {position}</source>
        <translation>Inicio: {position}</translation>
    </message>
    <message>
        <source>{side}:
{steps}</source>
        <translation>{side}:
{steps}</translation>
    </message>
    <message>
        <source>Then the same with your left leg (the mirror image).</source>
        <translation>Después, lo mismo con la pierna izquierda (en espejo).</translation>
    </message>
    <message>
        <source>Then the same with your right leg (the mirror image).</source>
        <translation>Después, lo mismo con la pierna derecha (en espejo).</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>Material: {equipment}</translation>
    </message>
    <message>
        <source>Not in your routine: {names}.</source>
        <translation>Fuera de su rutina: {names}.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Based on {source} ({year}) by {authors}, {description}; instructions in our own words. {reconstructed}</source>
        <translation>Basado en {source} ({year}), de {authors}, {description}; instrucciones redactadas con nuestras propias palabras. {reconstructed}</translation>
    </message>
    <message>
        <source>Your log: four weeks</source>
        <translation>Su registro: cuatro semanas</translation>
    </message>
    <message numerus="yes">
        <source>Tick each exercise on the days you do it; aim for %n session(s) a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</source>
        <translation>
            <numerusform>Marque cada ejercicio los días que lo haga; intente hacer %n sesión a la semana. Anote su dolor de 0 (sin dolor) a 10 (el peor imaginable) después de cada sesión y lleve esta hoja a su fisioterapeuta.</numerusform>
            <numerusform>Marque cada ejercicio los días que lo haga; intente hacer %n sesiones a la semana. Anote su dolor de 0 (sin dolor) a 10 (el peor imaginable) después de cada sesión y lleve esta hoja a su fisioterapeuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <source>Week {number}  ·  from {date}  ·  sessions: ____ of {goal}</source>
        <translation>Semana {number}  ·  desde el {date}  ·  sesiones: ____ de {goal}</translation>
    </message>
    <message>
        <source>Notes for my physiotherapist</source>
        <translation>Notas para mi fisioterapeuta</translation>
    </message>
    <message>
        <source>Print routine sheet</source>
        <translation>Imprimir la hoja de ejercicios</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (A4).</source>
        <translation>Hoja de ejercicios escrita en {path} (A4).</translation>
    </message>
    <message>
        <source>Wrote the routine sheet to {path} (US Letter).</source>
        <translation>Hoja de ejercicios escrita en {path} (carta de EE. UU.).</translation>
    </message>
</context>
<context>
    <name>SafetyFlag</name>
    <message>
        <source>Pain rose from {before} to {after} during this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>El dolor subió de {before} a {after} durante esta sesión. Deténgase si los ejercicios empeoran su dolor y consulte a su fisioterapeuta antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Pain was {after} of 10 after this session. Stop if the exercises make your pain worse, and ask your physiotherapist before the next session.</source>
        <translation>El dolor fue de {after} sobre 10 después de esta sesión. Deténgase si los ejercicios empeoran su dolor y consulte a su fisioterapeuta antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Pain after sessions averaged {recent} of 10 over the last 7 days, up from {earlier} in the 14 days before. Ask your physiotherapist before you go on with the routine.</source>
        <translation>El dolor después de las sesiones fue de {recent} sobre 10 de media en los últimos 7 días, frente a {earlier} en los 14 días anteriores. Consulte a su fisioterapeuta antes de seguir con la rutina.</translation>
    </message>
    <message numerus="yes">
        <source>No session for %n day(s). Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</source>
        <translation>
            <numerusform>Ninguna sesión desde hace %n día. Retome poco a poco, deténgase si los ejercicios empeoran su dolor y consulte a su fisioterapeuta si su dolor ha cambiado.</numerusform>
            <numerusform>Ninguna sesión desde hace %n días. Retome poco a poco, deténgase si los ejercicios empeoran su dolor y consulte a su fisioterapeuta si su dolor ha cambiado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Got it: hide the safety points</source>
        <translation>Entendido: ocultar las indicaciones de seguridad</translation>
    </message>
    <message>
        <source>You can read them again under Help, About this routine, and on the printed sheet.</source>
        <translation>Puede volver a leerlas en Ayuda, Acerca de esta rutina, y en la hoja impresa.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save as prescription</source>
        <translation>Guardar como prescripción</translation>
    </message>
    <message>
        <source>Your name and practice</source>
        <translation>Tu nombre y consulta</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisión antes del</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Prescrito por</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Nota para el paciente</translation>
    </message>
    <message>
        <source>Limits and steps of each exercise (the dose is as set in Settings)</source>
        <translation>Límites y pasos de cada ejercicio (la dosis es la de Ajustes)</translation>
    </message>
    <message>
        <source>Max reps</source>
        <translation>Máx. repeticiones</translation>
    </message>
    <message>
        <source>Max hold (s)</source>
        <translation>Máx. mantener (s)</translation>
    </message>
    <message>
        <source>Reps a step</source>
        <translation>Repeticiones por paso</translation>
    </message>
    <message>
        <source>Hold a step (s)</source>
        <translation>Mantener por paso (s)</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Tras sesiones</translation>
    </message>
    <message>
        <source>Pain at most</source>
        <translation>Dolor como mucho</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Please write who prescribes (name and practice)</source>
        <translation>Escribe quién prescribe (nombre y consulta)</translation>
    </message>
    <message>
        <source>Prescriptions (*{suffix})</source>
        <translation>Prescripciones (*{suffix})</translation>
    </message>
    <message>
        <source>Prescription not saved</source>
        <translation>Prescripción no guardada</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>Keeping the screen awake needs Qt D-Bus, which is not available.</source>
        <translation>Para mantener la pantalla encendida hace falta Qt D-Bus, que no está disponible.</translation>
    </message>
    <message>
        <source>The screen may dim during a session: no desktop session bus was found.</source>
        <translation>La pantalla puede oscurecerse durante una sesión: no se ha encontrado el bus de sesión del escritorio.</translation>
    </message>
    <message>
        <source>The screen may dim during a session: the desktop offers no screen-saver control.</source>
        <translation>La pantalla puede oscurecerse durante una sesión: el escritorio no permite controlar el salvapantallas.</translation>
    </message>
    <message>
        <source>Exercise session in progress</source>
        <translation>Sesión de ejercicios en curso</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Optional: type your pain now, 0 (none) to 10 (worst imaginable), before you press Space.</source>
        <translation>Opcional: escriba ahora su nivel de dolor, de 0 (nada) a 10 (el peor imaginable), antes de pulsar Espacio.</translation>
    </message>
    <message>
        <source>Pain before this session: {pain} of 10 (type another number to change it).</source>
        <translation>Dolor antes de esta sesión: {pain} de 10 (escriba otro número para cambiarlo).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message numerus="yes">
        <source>%n session(s) that had not reached your history (interrupted, or not saved when they ended) are now in it.</source>
        <translation>
            <numerusform>%n sesión que no había llegado a su historial (interrumpida o no guardada al terminar) ya está en él.</numerusform>
            <numerusform>%n sesiones que no habían llegado a su historial (interrumpidas o no guardadas al terminar) ya están en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session of {date} could not be saved when it ended; it is now in your history.</source>
        <translation>Su sesión del {date} no se pudo guardar al terminar; ahora ya está en su historial.</translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as stopped early ({done} of %n exercise(s) done).</source>
        <translation>
            <numerusform>Su sesión del {date} se interrumpió antes de terminar; se guarda en su historial como interrumpida (hecho {done} de %n ejercicio).</numerusform>
            <numerusform>Su sesión del {date} se interrumpió antes de terminar; se guarda en su historial como interrumpida (hechos {done} de %n ejercicios).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercise(s) done).</source>
        <translation type="vanished">
            <numerusform>Su sesión del {date} se interrumpió antes de terminar; se guarda en su historial como no completada (hecho {done} de %n ejercicio).</numerusform>
            <numerusform>Su sesión del {date} se interrumpió antes de terminar; se guarda en su historial como no completada (hechos {done} de %n ejercicios).</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of a session in progress {path} is damaged ({reason}) and could not be moved aside; it was left out of your history.</source>
        <translation>El registro de una sesión en curso {path} está dañado ({reason}) y no se pudo apartar; no se ha añadido a su historial.</translation>
    </message>
    <message>
        <source>The record of a session in progress was damaged ({reason}); it was moved to {path} and left out of your history.</source>
        <translation>El registro de una sesión en curso estaba dañado ({reason}); se ha movido a {path} y no se ha añadido a su historial.</translation>
    </message>
    <message>
        <source>it is not readable as a record ({reason})</source>
        <translation>no se puede leer como registro ({reason})</translation>
    </message>
    <message>
        <source>{column}: {value} is before the start</source>
        <translation>{column}: {value} es anterior al inicio</translation>
    </message>
    <message>
        <source>{column}: missing</source>
        <translation>{column}: falta</translation>
    </message>
    <message>
        <source>{column}: {value} is more than {limit}</source>
        <translation>{column}: {value} es más de {limit}</translation>
    </message>
    <message>
        <source>{column}: expected the process that plays the session, got {value}</source>
        <translation>{column}: se esperaba el proceso que reproduce la sesión, se obtuvo {value}</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Session saved to your history.</source>
        <translation>Sesión guardada en su historial.</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above). It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>No se ha podido guardar esta sesión: su historial no está disponible (vea el aviso de arriba). Se conserva en el disco y pasará a su historial la próxima vez que se pueda abrir.</translation>
    </message>
    <message>
        <source>This session could not be saved: your history is not available (see the notice above).</source>
        <translation>No se ha podido guardar esta sesión: su historial no está disponible (vea el aviso de arriba).</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason} It is kept on disk and goes into your history the next time the history can be opened.</source>
        <translation>No se ha podido guardar esta sesión: {reason} Se conserva en el disco y pasará a su historial la próxima vez que se pueda abrir.</translation>
    </message>
    <message>
        <source>This session could not be saved: {reason}</source>
        <translation>No se ha podido guardar esta sesión: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>{column}: expected a date and time with a time zone, got {value}</source>
        <translation>{column}: se esperaba una fecha y hora con zona horaria; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected a calendar date, got {value}</source>
        <translation>{column}: se esperaba una fecha del calendario; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected a number of seconds, 0 or more, got {value}</source>
        <translation>{column}: se esperaba un número de segundos, 0 o más; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected true or false, got {value}</source>
        <translation>{column}: se esperaba verdadero o falso; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number, 0 or more, got {value}</source>
        <translation>{column}: se esperaba un número entero, 0 o más; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: {done} is more than {total_column} ({total})</source>
        <translation>{column}: {done} es mayor que {total_column} ({total})</translation>
    </message>
    <message>
        <source>{column}: expected &quot;right&quot; or &quot;left&quot;, got {value}</source>
        <translation>{column}: se esperaba &quot;right&quot; o &quot;left&quot;; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected a table of settings, got {value}</source>
        <translation>{column}: se esperaba una tabla de ajustes; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected a date from {first} to {last}, got {value}</source>
        <translation>{column}: se esperaba una fecha de {first} a {last}; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: {value} is before {start_column} ({start})</source>
        <translation>{column}: {value} es anterior a {start_column} ({start})</translation>
    </message>
    <message>
        <source>{column}: {value} is more than a day from the day of {start_column} ({start})</source>
        <translation>{column}: {value} está a más de un día del día de {start_column} ({start})</translation>
    </message>
    <message>
        <source>{column}: expected at most {limit} seconds (a day), got {value}</source>
        <translation>{column}: se esperaban como mucho {limit} segundos (un día); se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to {most} (the exercises in the routine), got {value}</source>
        <translation>{column}: se esperaba un número entero de 0 a {most} (los ejercicios de la rutina); se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected a whole number from 0 to 10, or nothing, got {value}</source>
        <translation>{column}: se esperaba un número entero del 0 al 10, o nada; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected some of {places}, got {value}</source>
        <translation>{column}: se esperaban algunos de estos valores: {places}; se encontró {value}</translation>
    </message>
    <message>
        <source>{column}: expected text of at most {limit} characters</source>
        <translation>{column}: se esperaba un texto de {limit} caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Sessions finished in each of the last weeks, oldest first: {counts}. Goal: {goal} a week.</source>
        <translation>Sesiones terminadas en cada una de las últimas semanas, de la más antigua a la más reciente: {counts}. Objetivo: {goal} a la semana.</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <comment>a range of years under the chart</comment>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Which leg goes first</source>
        <translation>Qué pierna va primero</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation>Preparación antes de cada ejercicio</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Ir a la posición</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>Volver a la posición inicial</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation>Descanso entre ejercicios y piernas</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{key}: expected &quot;right&quot;, &quot;left&quot; or &quot;alternate&quot;, got {value}</source>
        <translation type="vanished">{key}: se esperaba &quot;right&quot;, &quot;left&quot; o &quot;alternate&quot;; se encontró {value}</translation>
    </message>
    <message>
        <source>{key}: expected one of {choices}, got {value}</source>
        <translation>{key}: se esperaba uno de estos valores: {choices}; se encontró {value}</translation>
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <source>{key}: expected &quot;ask&quot;, &quot;tray&quot; or &quot;quit&quot;, got {value}</source>
        <translation type="vanished">{key}: se esperaba &quot;ask&quot;, &quot;tray&quot; o &quot;quit&quot;; se encontró {value}</translation>
    </message>
    <message>
        <source>{key}: expected true or false, got {value}</source>
        <translation>{key}: se esperaba true o false; se encontró {value}</translation>
    </message>
    <message>
        <source>{key}: expected a table per exercise, got {value}</source>
        <translation>{key}: se esperaba una tabla por ejercicio; se encontró {value}</translation>
    </message>
    <message>
        <source>{key}: no such exercise (kept in the file, not used)</source>
        <translation>{key}: no existe ese ejercicio (se conserva en el archivo, pero no se usa)</translation>
    </message>
    <message>
        <source>{key}: expected a table, got {value}</source>
        <translation>{key}: se esperaba una tabla; se encontró {value}</translation>
    </message>
    <message>
        <source>{key}: every exercise was switched off; all are switched back on</source>
        <translation>{key}: todos los ejercicios estaban desactivados; se han vuelto a activar todos</translation>
    </message>
    <message>
        <source>{key}: expected a whole number from {low} to {high}, got {value}</source>
        <translation>{key}: se esperaba un número entero del {low} al {high}; se encontró {value}</translation>
    </message>
    <message>
        <source>{key}: must be from {low} to {high}, got {value}</source>
        <translation>{key}: debe estar entre {low} y {high}; se encontró {value}</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the file is larger than {limit} KB</source>
        <translation>el archivo ocupa más de {limit} KB</translation>
    </message>
    <message>
        <source>Your settings file {path} is larger than {limit} KB, far more than settings need, so it was not read and is kept as it is. The defaults are used for now, and changes you make apply only until you quit. Shorten or remove the file to have your settings saved again.</source>
        <translation>Su archivo de ajustes {path} ocupa más de {limit} KB, mucho más de lo que necesitan unos ajustes, así que no se ha leído y se conserva tal como está. Por ahora se usan los valores predeterminados, y los cambios que haga solo se aplican hasta que cierre la aplicación. Acorte o elimine el archivo para que sus ajustes vuelvan a guardarse.</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>no se ha podido leer {path}: {reason}</translation>
    </message>
    <message>
        <source>Your settings could not be read ({problem}); the defaults are used for now.</source>
        <translation>No se han podido leer sus ajustes ({problem}); de momento se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>the file is not text (UTF-8)</source>
        <translation>el archivo no es texto (UTF-8)</translation>
    </message>
    <message>
        <source>the file is not valid TOML ({reason})</source>
        <translation>el archivo no es TOML válido ({reason})</translation>
    </message>
    <message>
        <source>Your settings file has keys this version does not use ({keys}); they are kept in the file as they are.</source>
        <translation>Su archivo de ajustes tiene claves que esta versión no usa ({keys}); se conservan en el archivo tal como están.</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original is kept at {path}.</source>
        <translation>Su archivo de ajustes tenía problemas ({problems}); esos ajustes usan sus valores predeterminados. El original se conserva en {path}.</translation>
    </message>
    <message>
        <source>Your settings file had problems ({problems}); those settings use their defaults. The original file was left as it was.</source>
        <translation>Su archivo de ajustes tenía problemas ({problems}); esos ajustes usan sus valores predeterminados. El archivo original se ha dejado tal como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} y %n más</numerusform>
            <numerusform>{first} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Your settings were not saved: {path} is larger than {limit} KB, so it is kept as it is.</source>
        <translation>Sus ajustes no se han guardado: {path} ocupa más de {limit} KB, así que se conserva tal como está.</translation>
    </message>
    <message>
        <source>Your settings were not saved: with them, {path} would be larger than {limit} KB.</source>
        <translation>Sus ajustes no se han guardado: con ellos, {path} ocuparía más de {limit} KB.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}: {reason}.</source>
        <translation>No se han podido guardar sus ajustes en {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>Settings notice</source>
        <translation>Aviso de los ajustes</translation>
    </message>
    <message>
        <source>Right leg first</source>
        <translation>Primero la pierna derecha</translation>
    </message>
    <message>
        <source>Left leg first</source>
        <translation>Primero la pierna izquierda</translation>
    </message>
    <message>
        <source>Alternate each session</source>
        <translation>Alternar en cada sesión</translation>
    </message>
    <message>
        <source>Which leg starts</source>
        <translation>Pierna con la que se empieza</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Which leg goes first</source>
        <translation type="vanished">Qué pierna va primero</translation>
    </message>
    <message>
        <source>Exercises (each leg gets the same)</source>
        <translation>Ejercicios (lo mismo para cada pierna)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Reps each leg</source>
        <translation>Repeticiones por pierna</translation>
    </message>
    <message>
        <source>Hold (0: no pause)</source>
        <translation type="vanished">Mantener (0: sin pausa)</translation>
    </message>
    <message>
        <source>Hold (0: none)</source>
        <translation>Mantener (0: sin mantener)</translation>
    </message>
    <message>
        <source>Include {exercise}</source>
        <translation>Incluir {exercise}</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise}: repetitions each leg</source>
        <translation>{exercise}: repeticiones por pierna</translation>
    </message>
    <message>
        <source>{exercise}: hold seconds</source>
        <translation>{exercise}: segundos que se mantiene la posición</translation>
    </message>
    <message>
        <source>Exercise error</source>
        <translation>Error en los ejercicios</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation type="vanished">Preparación antes de cada ejercicio</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation type="vanished">Ir a la posición</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation type="vanished">Volver</translation>
    </message>
    <message>
        <source>Rest between exercises and legs</source>
        <translation type="vanished">Descanso entre ejercicios y piernas</translation>
    </message>
    <message>
        <source>Goal, sound and look</source>
        <translation type="vanished">Objetivo, sonido y aspecto</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation type="vanished">
            <numerusform>%n sesión a la semana</numerusform>
            <numerusform>%n sesiones a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="vanished">Objetivo semanal</translation>
    </message>
    <message>
        <source>Sound cues (ticks in the last seconds of a hold, chimes)</source>
        <translation type="vanished">Avisos sonoros (tictac en los últimos segundos al mantener, campanillas)</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="vanished">Avisos sonoros</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="vanished">Volumen de los avisos</translation>
    </message>
    <message>
        <source>Voice prompts (&quot;Hold&quot;, &quot;Switch to your left leg&quot;)</source>
        <translation type="vanished">Indicaciones por voz («Mantenga la posición», «Cambie a la pierna izquierda»)</translation>
    </message>
    <message>
        <source>Voice prompts</source>
        <translation type="vanished">Indicaciones por voz</translation>
    </message>
    <message>
        <source>Why sound is unavailable</source>
        <translation type="vanished">Por qué no hay sonido</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="vanished">Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="vanished">Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="vanished">Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="vanished">Alto contraste</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation type="vanished">Tema de colores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Idioma</translation>
    </message>
    <message>
        <source>Show the settings file</source>
        <translation>Mostrar el archivo de ajustes</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>Valores predeterminados restablecidos.</translation>
    </message>
    <message>
        <source>Your settings are back as they were.</source>
        <translation>Sus ajustes vuelven a estar como antes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Applies when you restart Piriformis Desktop.</source>
        <translation type="vanished">Se aplica al reiniciar Piriformis Desktop.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="vanished">Volumen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="vanished">Colores</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message>
        <source>A session is running: changes apply to your next session.</source>
        <translation>Hay una sesión en curso: los cambios se aplicarán a la próxima sesión.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar predeterminados</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo restore defaults</source>
        <translation>Deshacer la restauración de los predeterminados</translation>
    </message>
    <message>
        <source>Defaults restored to {path}.</source>
        <translation type="vanished">Valores predeterminados restaurados en {path}.</translation>
    </message>
    <message>
        <source>Your settings are back to {path}.</source>
        <translation type="vanished">Se han recuperado sus ajustes en {path}.</translation>
    </message>
    <message>
        <source>Keep at least one exercise in your routine.</source>
        <translation>Deje al menos un ejercicio en su rutina.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="vanished">Guardado en {path}.</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Sin cambios: {reason}.</translation>
    </message>
    <message>
        <source>{problem} They apply until you quit.</source>
        <translation>{problem} Se aplican hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>A session takes {length}</source>
        <translation>Una sesión dura {length}</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Safety flag</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Iniciar una nueva sesión</translation>
    </message>
    <message>
        <source>See your history</source>
        <translation>Ver su historial</translation>
    </message>
    <message>
        <source>Session complete. Well done!</source>
        <translation>Sesión terminada. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Session stopped early</source>
        <translation>Sesión interrumpida</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="vanished">Sesión detenida</translation>
    </message>
    <message>
        <source>Active time: {time}
Exercises done: {done} of {total}</source>
        <translation>Tiempo activo: {time}
Ejercicios hechos: {done} de {total}</translation>
    </message>
</context>
<context>
    <name>WeekDetail</name>
    <message>
        <source>This week of {day}: no sessions yet.</source>
        <translation>Semana actual, del {day}: aún no hay sesiones.</translation>
    </message>
    <message>
        <source>Week of {day}: no sessions.</source>
        <translation>Semana del {day}: sin sesiones.</translation>
    </message>
    <message>
        <source>{week}.
{problem}</source>
        <translation>{week}.
{problem}</translation>
    </message>
    <message>
        <source>    ⚠ {flag}</source>
        <translation>    ⚠ {flag}</translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>Semana actual, del {day}: {done} de {goal} terminadas — objetivo cumplido ★, %n interrumpida</numerusform>
            <numerusform>Semana actual, del {day}: {done} de {goal} terminadas — objetivo cumplido ★, %n interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>Semana actual, del {day}: {done} de {goal} terminadas — objetivo cumplido ★</translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>Semana actual, del {day}: {done} de {goal} terminadas, %n interrumpida</numerusform>
            <numerusform>Semana actual, del {day}: {done} de {goal} terminadas, %n interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished</source>
        <translation>Semana actual, del {day}: {done} de {goal} terminadas</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>Semana del {day}: {done} de {goal} terminadas — objetivo cumplido ★, %n interrumpida</numerusform>
            <numerusform>Semana del {day}: {done} de {goal} terminadas — objetivo cumplido ★, %n interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished — goal met ★</source>
        <translation>Semana del {day}: {done} de {goal} terminadas — objetivo cumplido ★</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>Semana del {day}: {done} de {goal} terminadas, %n interrumpida</numerusform>
            <numerusform>Semana del {day}: {done} de {goal} terminadas, %n interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished</source>
        <translation>Semana del {day}: {done} de {goal} terminadas</translation>
    </message>
    <message>
        <source>left leg first</source>
        <translation>primero la pierna izquierda</translation>
    </message>
    <message>
        <source>right leg first</source>
        <translation>primero la pierna derecha</translation>
    </message>
    <message>
        <source>• {when}, {clock}: finished, {minutes} min, {side}</source>
        <translation>• {when}, {clock}: terminada, {minutes} min, {side}</translation>
    </message>
    <message>
        <source>• {when}, {clock}: stopped early after {done} of {total} exercises, {minutes} min, {side}</source>
        <translation>• {when}, {clock}: interrumpida tras {done} de {total} ejercicios, {minutes} min, {side}</translation>
    </message>
    <message>
        <source>{session}; {dose}</source>
        <translation>{session}; {dose}</translation>
    </message>
    <message>
        <source>{session}; {pain}</source>
        <translation>{session}; {pain}</translation>
    </message>
    <message>
        <source>{session}; note: “{note}”</source>
        <translation>{session}; nota: «{note}»</translation>
    </message>
    <message>
        <source>{reps} × {hold} s</source>
        <comment>reps of an exercise times its hold</comment>
        <translation>{reps} × {hold} s</translation>
    </message>
    <message>
        <source>dose {doses}</source>
        <translation>dosis {doses}</translation>
    </message>
    <message>
        <source>pain {before} → {after} of 10</source>
        <translation>dolor {before} → {after} de 10</translation>
    </message>
    <message>
        <source>pain after {after} of 10</source>
        <translation>dolor después {after} de 10</translation>
    </message>
    <message>
        <source>pain before {before} of 10</source>
        <translation>dolor antes {before} de 10</translation>
    </message>
    <message>
        <source>{pain} ({where})</source>
        <translation>{pain} ({where})</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s) each leg, hold {hold} s</source>
        <translation>
            <numerusform>%n repetición por pierna, mantener {hold} s</numerusform>
            <numerusform>%n repeticiones por pierna, mantener {hold} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg, no hold</source>
        <translation>
            <numerusform>%n repetición por pierna, sin mantener</numerusform>
            <numerusform>%n repeticiones por pierna, sin mantener</numerusform>
        </translation>
    </message>
    <message>
        <source>alternate the starting leg each session</source>
        <translation>alternar la pierna inicial en cada sesión</translation>
    </message>
    <message>
        <source>start with the left leg</source>
        <translation>empezar por la pierna izquierda</translation>
    </message>
    <message>
        <source>start with the right leg</source>
        <translation>empezar por la pierna derecha</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>nalga</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>muslo</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>No pain check-ins yet: after a session, note how much it hurts to see a trend here.</source>
        <translation>Aún no hay valoraciones del dolor: después de una sesión, anote cuánto le duele para ver aquí una tendencia.</translation>
    </message>
    <message>
        <source>Not enough check-ins yet for a trend ({count} of the {needed} needed).</source>
        <translation>Aún no hay suficientes valoraciones para ver una tendencia ({count} de las {needed} necesarias).</translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): too early to tell until they span at least a week.</source>
        <translation>
            <numerusform>Tendencia del dolor según %n valoración: es pronto para saberlo hasta que abarque al menos una semana.</numerusform>
            <numerusform>Tendencia del dolor según %n valoraciones: es pronto para saberlo hasta que abarquen al menos una semana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, lower than at the start ({start}).</source>
        <translation>
            <numerusform>Tendencia del dolor según %n valoración: ahora en torno a {now} de 10, más bajo que al principio ({start}).</numerusform>
            <numerusform>Tendencia del dolor según %n valoraciones: ahora en torno a {now} de 10, más bajo que al principio ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at the start ({start}).</source>
        <translation>
            <numerusform>Tendencia del dolor según %n valoración: ahora en torno a {now} de 10, algo más bajo que al principio ({start}).</numerusform>
            <numerusform>Tendencia del dolor según %n valoraciones: ahora en torno a {now} de 10, algo más bajo que al principio ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at the start ({start}).</source>
        <translation>
            <numerusform>Tendencia del dolor según %n valoración: ahora en torno a {now} de 10, algo más alto que al principio ({start}).</numerusform>
            <numerusform>Tendencia del dolor según %n valoraciones: ahora en torno a {now} de 10, algo más alto que al principio ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, higher than at the start ({start}).</source>
        <translation>
            <numerusform>Tendencia del dolor según %n valoración: ahora en torno a {now} de 10, más alto que al principio ({start}).</numerusform>
            <numerusform>Tendencia del dolor según %n valoraciones: ahora en torno a {now} de 10, más alto que al principio ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.</source>
        <translation>
            <numerusform>Tendencia del dolor según %n valoración: ahora en torno a {now} de 10, igual que al principio.</numerusform>
            <numerusform>Tendencia del dolor según %n valoraciones: ahora en torno a {now} de 10, igual que al principio.</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}; {item}</source>
        <comment>a list so far, then one more item after a semicolon</comment>
        <translation>{list}; {item}</translation>
    </message>
</context>
</TS>

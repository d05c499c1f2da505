<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>The maps could not be loaded.</source>
        <translation>No se pudieron cargar los mapas.</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Soles</source>
        <translation>Plantas de los pies</translation>
    </message>
    <message>
        <source>Front + back</source>
        <translation>Frente + espalda</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Zoom to the pattern</source>
        <translation>Ampliar el patrón</translation>
    </message>
    <message>
        <source>Zoom to the highlighted pattern</source>
        <translation>Ampliar el patrón resaltado</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>Cuerpo entero</translation>
    </message>
    <message>
        <source>Show the whole body</source>
        <translation>Mostrar el cuerpo entero</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Full screen with large type, to show a client (F11)</source>
        <translation>Pantalla completa con letra grande, para mostrar a un cliente (F11)</translation>
    </message>
</context>
<context>
    <name>BodyAreas</name>
    <message>
        <source>Head and face</source>
        <translation>Cabeza y cara</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Forearm and hand</source>
        <translation>Antebrazo y mano</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte baja de la espalda</translation>
    </message>
    <message>
        <source>Hip and buttock</source>
        <translation>Cadera y glúteo</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Leg and foot</source>
        <translation>Pierna y pie</translation>
    </message>
</context>
<context>
    <name>BodyScene</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>%1 view of the body</source>
        <translation>Vista del cuerpo: %1</translation>
    </message>
    <message>
        <source>Tap a trigger point marker to see its referred pain; tap the body to name the region.</source>
        <translation>Toque un marcador de punto gatillo para ver su dolor referido; toque el cuerpo para ver el nombre de la región.</translation>
    </message>
    <message>
        <source>patient’s right side</source>
        <translation>lado derecho del paciente</translation>
    </message>
    <message>
        <source>patient’s left side</source>
        <translation>lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>as the client sees themself</source>
        <translation>como el cliente se ve a sí mismo</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <source>Trigger points that may explain it</source>
        <translation>Puntos gatillo que pueden explicarlo</translation>
    </message>
</context>
<context>
    <name>CandidateRow</name>
    <message>
        <source>How well it matches</source>
        <translation>Grado de coincidencia</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>comparar</translation>
    </message>
    <message>
        <source>Details ›</source>
        <translation>Detalles ›</translation>
    </message>
    <message>
        <source>Open it in Explore: technique, hold time, precautions (double-click)</source>
        <translation>Abrirlo en Explorar: técnica, tiempo de presión, precauciones (doble clic)</translation>
    </message>
    <message>
        <source>Score %1 of 1</source>
        <translation>Puntuación: %1 de 1</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Comparar %1</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Educational material, not a diagnosis.</source>
        <translation>Material educativo, no un diagnóstico.</translation>
    </message>
    <message>
        <source>%1 trigger points in %2 muscles</source>
        <translation>%1 puntos gatillo en %2 músculos</translation>
    </message>
    <message>
        <source>no trigger point called &apos;%1&apos;</source>
        <translation>no hay ningún punto gatillo llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>did you mean: %1</source>
        <translation>quizá quiso decir: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Localización:</translation>
    </message>
    <message>
        <source>Refers to:</source>
        <translation>Dolor referido:</translation>
    </message>
    <message>
        <source>Essential:</source>
        <translation>Zona esencial:</translation>
    </message>
    <message>
        <source>Spillover:</source>
        <translation>Zona de extensión:</translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>Síntomas:</translation>
    </message>
    <message>
        <source>Precautions:</source>
        <translation>Precauciones:</translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation>Técnica:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>%1  (%2; muscle: %3)</source>
        <translation>%1  (%2; músculo: %3)</translation>
    </message>
    <message>
        <source>%1, %2-%3 s, %4x, %5 pressure</source>
        <translation>%1, %2-%3 s, %4 veces, presión %5</translation>
    </message>
    <message>
        <source>How to press safely: bodymap guidance</source>
        <translation>Cómo presionar con seguridad: bodymap guidance</translation>
    </message>
    <message>
        <source>nothing to rank: the drawing is empty</source>
        <translation>nada que clasificar: el dibujo está vacío</translation>
    </message>
    <message>
        <source>nothing to rank: the polygon lies outside the body</source>
        <translation>nada que clasificar: el polígono queda fuera del cuerpo</translation>
    </message>
    <message>
        <source>nothing to rank: the polygon is too small to stand for an area of pain</source>
        <translation>nada que clasificar: el polígono es demasiado pequeño para representar una zona de dolor</translation>
    </message>
    <message>
        <source>no complaint called &apos;%1&apos;; did you mean: %2?</source>
        <translation>no hay ninguna molestia llamada &apos;%1&apos;; ¿quiso decir: %2?</translation>
    </message>
    <message>
        <source>no complaint called &apos;%1&apos;; try one of: %2</source>
        <translation>no hay ninguna molestia llamada &apos;%1&apos;; pruebe con una de: %2</translation>
    </message>
    <message>
        <source>%1: see a doctor rather than a therapist if</source>
        <translation>%1: consulte a un médico, y no a un terapeuta, si</translation>
    </message>
    <message>
        <source>no trigger point in the atlas refers pain there</source>
        <translation>ningún punto gatillo del atlas refiere dolor ahí</translation>
    </message>
    <message>
        <source>right</source>
        <translation>der.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izq.</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>%1: %2 pages</source>
        <translation>%1: %2 páginas</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Trigger point details</source>
        <translation>Detalles del punto gatillo</translation>
    </message>
    <message>
        <source>Back to the trigger point</source>
        <translation>Volver al punto gatillo</translation>
    </message>
    <message>
        <source>Explore trigger points</source>
        <translation>Explorar puntos gatillo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>How to press safely</source>
        <translation>Cómo presionar con seguridad</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Referred pain</source>
        <translation>Dolor referido</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Tap an X to see the trigger points around it.</source>
        <translation>Toque una X para ver los puntos gatillo de alrededor.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Typical symptoms</source>
        <translation>Síntomas típicos</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Dónde encontrarlo</translation>
    </message>
    <message>
        <source>essential zone: where the pain is usually felt</source>
        <translation>zona esencial: donde suele notarse el dolor</translation>
    </message>
    <message>
        <source>spillover zone: where it is sometimes felt</source>
        <translation>zona de extensión: donde a veces se nota</translation>
    </message>
    <message>
        <source>trigger point</source>
        <translation>punto gatillo</translation>
    </message>
    <message>
        <source>Educational material, not a diagnosis. See a doctor for pain that is severe, new or unexplained, or that comes with other symptoms.</source>
        <translation>Material educativo, no un diagnóstico. Consulte a un médico si el dolor es intenso, nuevo o sin causa aparente, o si viene acompañado de otros síntomas.</translation>
    </message>
    <message>
        <source>Tap an X on the body, or pick a muscle from the list, to see where its trigger point refers pain.</source>
        <translation>Toque una X en el cuerpo, o elija un músculo de la lista, para ver adónde refiere dolor su punto gatillo.</translation>
    </message>
    <message>
        <source>Tap anywhere on the body to name the region.</source>
        <translation>Toque cualquier parte del cuerpo para ver el nombre de la región.</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the terminal</source>
        <translation>la terminal</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>bodymap ran into something unexpected and carried on. If the screen looks wrong, press Esc to start again.

The details were written to %1 for whoever looks after this computer.</source>
        <translation>bodymap ha encontrado un problema inesperado y ha seguido funcionando. Si la pantalla no se ve bien, pulse Esc para empezar de nuevo.

Los detalles se han escrito en %1 para quien se ocupe de este equipo.</translation>
    </message>
</context>
<context>
    <name>ExploreMode</name>
    <message>
        <source>‹ Back to “Where does it hurt?”</source>
        <translation>‹ Volver a “¿Dónde le duele?”</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>&amp;Export handout…</source>
        <translation>&amp;Exportar hoja para el cliente…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja para el cliente…</translation>
    </message>
    <message>
        <source>Save the view as a &amp;picture…</source>
        <translation>Guardar la vista como i&amp;magen…</translation>
    </message>
    <message>
        <source>Clinic &amp;name on handouts…</source>
        <translation>&amp;Nombre de la clínica en las hojas…</translation>
    </message>
    <message>
        <source>&amp;Open client file…</source>
        <translation>&amp;Abrir archivo del cliente…</translation>
    </message>
    <message>
        <source>&amp;Save client file…</source>
        <translation>&amp;Guardar archivo del cliente…</translation>
    </message>
    <message>
        <source>Export client &amp;record (PDF)…</source>
        <translation>Exportar &amp;ficha del cliente (PDF)…</translation>
    </message>
    <message>
        <source>No trigger point chosen</source>
        <translation>No se ha elegido ningún punto gatillo</translation>
    </message>
    <message>
        <source>Choose a trigger point first: tap one on the body or in the list, or a candidate in &apos;Where does it hurt?&apos;.</source>
        <translation>Elija primero un punto gatillo: toque uno en el cuerpo o en la lista, o un candidato en &apos;¿Dónde le duele?&apos;.</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar hoja para el cliente</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>The handout could not be written to %1.</source>
        <translation>No se pudo guardar la hoja para el cliente en %1.</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Hoja para el cliente guardada en %1</translation>
    </message>
    <message>
        <source>Save the view as a picture</source>
        <translation>Guardar la vista como imagen</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save client file</source>
        <translation>Guardar archivo del cliente</translation>
    </message>
    <message>
        <source>bodymap client file (*.json)</source>
        <translation>Archivo de cliente de bodymap (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>The client file could not be saved to %1 (%2).</source>
        <translation>No se pudo guardar el archivo del cliente en %1 (%2).</translation>
    </message>
    <message>
        <source>Client file saved to %1</source>
        <translation>Archivo del cliente guardado en %1</translation>
    </message>
    <message>
        <source>Open client file</source>
        <translation>Abrir archivo del cliente</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Archivo del cliente</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>No se ha abierto</translation>
    </message>
    <message>
        <source>Export client record</source>
        <translation>Exportar ficha del cliente</translation>
    </message>
    <message>
        <source>The record could not be written to %1.</source>
        <translation>No se pudo guardar la ficha en %1.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>The clinic&apos;s name, printed on every handout:</source>
        <translation>El nombre de la clínica, impreso en cada hoja para el cliente:</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Search muscle, complaint or symptom…</source>
        <translation>Buscar músculo, molestia o síntoma…</translation>
    </message>
    <message>
        <source>Search trigger points</source>
        <translation>Buscar puntos gatillo</translation>
    </message>
    <message>
        <source>Trigger points by body area</source>
        <translation>Puntos gatillo por zona del cuerpo</translation>
    </message>
    <message>
        <source>Trigger points found, best first</source>
        <translation>Puntos gatillo encontrados, por orden de relevancia</translation>
    </message>
    <message>
        <source>Showing results for “%1”</source>
        <translation>Resultados para “%1”</translation>
    </message>
    <message>
        <source>Nothing found. Did you mean %1?</source>
        <translation>No se ha encontrado nada. ¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>Nothing found. Try a muscle, a body part or a complaint.</source>
        <translation>No se ha encontrado nada. Pruebe con un músculo, una parte del cuerpo o una molestia.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>pain at the %1</source>
        <translation>dolor en %1</translation>
    </message>
    <message>
        <source>by its symptoms</source>
        <translation>por sus síntomas</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>How firmly</source>
        <translation>Con qué firmeza</translation>
    </message>
    <message>
        <source>Press until it is uncomfortable but bearable: about 5 to 7 on a scale of 10. Breathe slowly; the tenderness should ease while you hold.</source>
        <translation>Presione hasta que resulte incómodo pero soportable: de 5 a 7, aproximadamente, en una escala de 10. Respire despacio; la sensibilidad debería disminuir mientras mantiene la presión.</translation>
    </message>
    <message>
        <source>Never press through sharp, burning, electric or tingling pain: ease off or stop.</source>
        <translation>Nunca siga presionando si siente un dolor agudo, quemante, eléctrico o con hormigueo: afloje o pare.</translation>
    </message>
    <message>
        <source>How long and how often</source>
        <translation>Cuánto tiempo y con qué frecuencia</translation>
    </message>
    <message>
        <source>Hold each point for the time given, usually 30 to 90 seconds or until it softens, then stretch the muscle gently.</source>
        <translation>Mantenga la presión en cada punto durante el tiempo indicado, normalmente de 30 a 90 segundos o hasta que se ablande, y luego estire el músculo con suavidad.</translation>
    </message>
    <message>
        <source>Work a few points in one session, not every point you can find: too much leaves the muscles sore. Once a day is plenty for the same point.</source>
        <translation>Trabaje unos pocos puntos en cada sesión, no todos los que encuentre: hacer demasiado deja los músculos doloridos. Para un mismo punto, una vez al día es más que suficiente.</translation>
    </message>
    <message>
        <source>If the pain is no better after two weeks, or keeps coming back, see a doctor or a trained therapist.</source>
        <translation>Si el dolor no ha mejorado al cabo de dos semanas, o reaparece una y otra vez, consulte a un médico o a un terapeuta cualificado.</translation>
    </message>
    <message>
        <source>What to expect afterwards</source>
        <translation>Qué esperar después</translation>
    </message>
    <message>
        <source>A mild soreness, like after exercise, for a day or two is common. Warmth and gentle movement help.</source>
        <translation>Es habitual notar un dolor leve, como después de hacer ejercicio, durante uno o dos días. El calor y el movimiento suave ayudan.</translation>
    </message>
    <message>
        <source>Stop and seek advice</source>
        <translation>Pare y pida consejo</translation>
    </message>
    <message>
        <source>Stop if the pain gets worse, spreads, or comes with numbness, weakness, dizziness, a change in vision, or nausea.</source>
        <translation>Pare si el dolor empeora, se extiende o viene acompañado de entumecimiento, debilidad, mareo, un cambio en la visión o náuseas.</translation>
    </message>
    <message>
        <source>Do not press, and see a doctor first</source>
        <translation>No presione y consulte antes a un médico</translation>
    </message>
    <message>
        <source>if you take blood thinners or bruise easily;</source>
        <translation>si toma anticoagulantes o le salen moretones con facilidad;</translation>
    </message>
    <message>
        <source>over a calf that is hot, swollen or red (a blood clot), or over varicose veins;</source>
        <translation>sobre una pantorrilla caliente, hinchada o enrojecida (un coágulo de sangre), o sobre varices;</translation>
    </message>
    <message>
        <source>with a fever or an infection, or over broken or inflamed skin;</source>
        <translation>con fiebre o una infección, o sobre piel con heridas o inflamada;</translation>
    </message>
    <message>
        <source>with cancer, or after recent surgery, a fracture, or an injury;</source>
        <translation>con cáncer, o después de una operación reciente, una fractura o una lesión;</translation>
    </message>
    <message>
        <source>when pregnant: no deep pressure on the abdomen, and no lying on the front;</source>
        <translation>durante el embarazo: nada de presión profunda sobre el abdomen ni de acostarse boca abajo;</translation>
    </message>
    <message>
        <source>without training: on the front of the neck (the carotid artery), in the groin crease (the femoral vessels) or in the armpit.</source>
        <translation>sin la formación adecuada: en la parte delantera del cuello (la arteria carótida), en el pliegue de la ingle (los vasos femorales) o en la axila.</translation>
    </message>
    <message>
        <source>Go to a doctor now, not to massage</source>
        <translation>Acuda al médico ahora mismo, no a un masaje</translation>
    </message>
    <message>
        <source>chest pain spreading to the arm, neck or jaw, or with breathlessness or sweating;</source>
        <translation>dolor en el pecho que se extiende al brazo, el cuello o la mandíbula, o con falta de aire o sudoración;</translation>
    </message>
    <message>
        <source>a sudden, severe headache, or one with fever and a stiff neck;</source>
        <translation>un dolor de cabeza repentino e intenso, o uno con fiebre y rigidez de nuca;</translation>
    </message>
    <message>
        <source>numbness or weakness of the face, an arm or a leg, or trouble speaking;</source>
        <translation>entumecimiento o debilidad en la cara, un brazo o una pierna, o dificultad para hablar;</translation>
    </message>
    <message>
        <source>loss of bladder or bowel control, or numbness between the legs;</source>
        <translation>pérdida del control de la vejiga o del intestino, o entumecimiento entre las piernas;</translation>
    </message>
    <message>
        <source>pain after a fall or an accident, or with a fever.</source>
        <translation>dolor después de una caída o un accidente, o con fiebre.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Your trigger points</source>
        <translation>Sus puntos gatillo</translation>
    </message>
    <message>
        <source>This point is for your therapist to treat: do not press it yourself.</source>
        <translation>Este punto debe tratarlo su terapeuta: no lo presione usted mismo.</translation>
    </message>
    <message>
        <source>Hold %1 to %2 seconds, %3 times, with %4 pressure.</source>
        <translation>Mantenga una presión %4 entre %1 y %2 segundos, %3 veces.</translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation>dónde duele</translation>
    </message>
    <message>
        <source>Where you feel it</source>
        <translation>Dónde lo siente</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Dónde encontrarlo</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>take care</source>
        <translation>precauciones</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>See a doctor now if</source>
        <translation>Vaya al médico de inmediato si</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
    <message>
        <source>For your therapist to treat.</source>
        <translation>Para que lo trate su terapeuta.</translation>
    </message>
    <message>
        <source>%1: hold %2 to %3 seconds, %4 times.</source>
        <translation>%1: mantenga la presión entre %2 y %3 segundos, %4 veces.</translation>
    </message>
    <message>
        <source>Trigger points confirmed</source>
        <translation>Puntos gatillo confirmados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Warmth and gentle movement help a tight muscle. Press only as hard as a &apos;good hurt&apos; (no more than moderate discomfort, never sharp, burning or tingling), once a day at most, then stretch the muscle gently. Some soreness the next day is common; stop if the pain gets worse.</source>
        <translation>El calor y el movimiento suave ayudan a un músculo tenso. Presione solo hasta un «dolor que alivia» (una molestia como mucho moderada, nunca un dolor agudo, quemante ni con hormigueo), como máximo una vez al día, y después estire el músculo con suavidad. Es habitual notar algo de dolor muscular al día siguiente; deténgase si el dolor empeora.</translation>
    </message>
    <message>
        <source>This sheet explains referred pain from a muscle trigger point, for learning and self-care agreed with your therapist. It is not a diagnosis. See a doctor for pain that is severe, new, unexplained, or comes with other symptoms.</source>
        <translation>Esta hoja explica el dolor referido desde un punto gatillo muscular, para aprender y para el autocuidado acordado con su terapeuta. No es un diagnóstico. Consulte a un médico si el dolor es intenso, nuevo, sin causa aparente o se acompaña de otros síntomas.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Where does your pain come from?</source>
        <translation>¿De dónde viene su dolor?</translation>
    </message>
    <message>
        <source>A tight spot in a muscle (a trigger point) can send pain somewhere else. Show where it hurts, or explore the body, and see which muscles may be behind it.</source>
        <translation>Un punto tenso en un músculo (un punto gatillo) puede causar dolor en otra parte del cuerpo. Muestre dónde le duele o explore el cuerpo, y vea qué músculos podrían estar detrás.</translation>
    </message>
    <message>
        <source>Touch where it hurts</source>
        <translation>Toque donde le duele</translation>
    </message>
    <message>
        <source>Explore trigger points</source>
        <translation>Explorar puntos gatillo</translation>
    </message>
    <message>
        <source>When to see a doctor now</source>
        <translation>Cuándo ir al médico de inmediato</translation>
    </message>
    <message>
        <source>For learning only: this screen does not diagnose. Ask our staff about your pain. In an emergency, call for help at once.</source>
        <translation>Solo con fines educativos: esta pantalla no hace diagnósticos. Consulte su dolor con nuestro personal. En caso de emergencia, pida ayuda de inmediato.</translation>
    </message>
    <message>
        <source>A body with a referral pattern shown</source>
        <translation>Un cuerpo que muestra un patrón de dolor referido</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>The screen starts over for the next person in %1 s.</source>
        <translation>La pantalla volverá al inicio para la siguiente persona en %1 s.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>The kiosk config has problems; defaults are used:</source>
        <translation>La configuración del quiosco tiene problemas; se usan los valores predeterminados:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Escriba el PIN</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos: inténtelo de nuevo en %1 s.</translation>
    </message>
    <message>
        <source>No PIN is set. On this computer, run: bodymap kiosk set-pin</source>
        <translation>No hay ningún PIN configurado. En este equipo, ejecute: bodymap kiosk set-pin</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Chest pain or pressure, above all if it spreads to the arm, jaw, neck or back, or comes with breathlessness, sweating or sickness: call emergency services.</source>
        <translation>Dolor u opresión en el pecho, sobre todo si se extiende al brazo, la mandíbula, el cuello o la espalda, o viene con falta de aire, sudoración o náuseas: llame a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>A sudden, severe headache unlike any before, or a headache with fever and a stiff neck.</source>
        <translation>Un dolor de cabeza repentino e intenso, distinto de cualquier otro anterior, o un dolor de cabeza con fiebre y rigidez de nuca.</translation>
    </message>
    <message>
        <source>New numbness, weakness, a drooping face, slurred speech or trouble seeing.</source>
        <translation>Entumecimiento o debilidad de aparición reciente, cara caída, habla arrastrada o dificultad para ver.</translation>
    </message>
    <message>
        <source>Loss of bladder or bowel control, or numbness between the legs.</source>
        <translation>Pérdida del control de la vejiga o del intestino, o entumecimiento entre las piernas.</translation>
    </message>
    <message>
        <source>A calf that is hot, swollen, red or tender (a possible clot), above all with breathlessness.</source>
        <translation>Una pantorrilla caliente, hinchada, enrojecida o dolorida al tacto (un posible coágulo), sobre todo con falta de aire.</translation>
    </message>
    <message>
        <source>Pain after a fall, an accident or a blow.</source>
        <translation>Dolor después de una caída, un accidente o un golpe.</translation>
    </message>
    <message>
        <source>Back pain with a fever or feeling very unwell, or pain that wakes you at night and does not ease.</source>
        <translation>Dolor de espalda con fiebre o con sensación de encontrarse muy mal, o dolor que le despierta por la noche y no se alivia.</translation>
    </message>
    <message>
        <source>Pain with unexplained weight loss, or in someone treated for cancer.</source>
        <translation>Dolor con pérdida de peso sin causa aparente, o en una persona tratada de cáncer.</translation>
    </message>
</context>
<context>
    <name>LookMenu</name>
    <message>
        <source>&amp;Text size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto cont&amp;raste</translation>
    </message>
    <message>
        <source>As the &amp;system is set</source>
        <translation>Como indique el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Activado</translation>
    </message>
    <message>
        <source>O&amp;ff</source>
        <translation>&amp;Desactivado</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>Re&amp;ducir el movimiento</translation>
    </message>
    <message>
        <source>The hold timer&apos;s ring moves a second at a time, without sweeping</source>
        <translation>El anillo del temporizador avanza segundo a segundo, sin barrido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>bodymap: referred pain atlas</source>
        <translation>bodymap: atlas del dolor referido</translation>
    </message>
    <message>
        <source>Educational material, not a diagnosis.</source>
        <translation>Material educativo, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modos</translation>
    </message>
    <message>
        <source>Explore trigger points</source>
        <translation>Explorar puntos gatillo</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudiar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find a trigger point…</source>
        <translation>&amp;Buscar un punto gatillo…</translation>
    </message>
    <message>
        <source>Front + back</source>
        <translation>Frente + espalda</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Soles</source>
        <translation>Plantas de los pies</translation>
    </message>
    <message>
        <source>&amp;Problems in the maps</source>
        <translation>Problemas en los &amp;mapas</translation>
    </message>
    <message>
        <source>Re&amp;load maps</source>
        <translation>Re&amp;cargar mapas</translation>
    </message>
    <message>
        <source>Client &amp;view: hide clinician-only techniques</source>
        <translation>&amp;Vista del cliente: ocultar técnicas reservadas a profesionales</translation>
    </message>
    <message>
        <source>Show clinician-only techniques by their label alone, for a client&apos;s screen</source>
        <translation>Mostrar solo el nombre de las técnicas reservadas a profesionales, para la pantalla de un cliente</translation>
    </message>
    <message>
        <source>Show &amp;all trigger points with a pattern</source>
        <translation>Mostrar t&amp;odos los puntos gatillo con un patrón</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Keep the other trigger points on, faintly, while a pattern is shown</source>
        <translation>Mantener visibles, atenuados, los demás puntos gatillo mientras se muestra un patrón</translation>
    </message>
    <message>
        <source>&amp;Mirror: as the client sees themself</source>
        <translation>&amp;Espejo: como el cliente se ve a sí mismo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Swap left and right, as in a mirror; off: as you see the client facing you</source>
        <translation>Intercambiar izquierda y derecha, como en un espejo; desactivado: como ve al cliente de frente</translation>
    </message>
    <message>
        <source>&amp;Present: full screen, large type</source>
        <translation>&amp;Presentar: pantalla completa, letra grande</translation>
    </message>
    <message>
        <source>Full screen with large type and panel, readable across the table</source>
        <translation>Pantalla completa con letra y panel grandes, legible desde el otro lado de la mesa</translation>
    </message>
    <message>
        <source>&amp;Anatomy: the muscles around a pattern</source>
        <translation>&amp;Anatomía: los músculos alrededor de un patrón</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Draw the muscles of the shown point&apos;s body area faintly under its pattern</source>
        <translation>Dibujar atenuados, bajo el patrón, los músculos de la zona del cuerpo del punto mostrado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Start or pause the &amp;hold timer</source>
        <translation>Iniciar o pausar el &amp;temporizador de presión</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation>&amp;Quitar la selección</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About bodymap</source>
        <translation>&amp;Acerca de bodymap</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>In the search: open the best match</source>
        <translation>En la búsqueda: abrir el mejor resultado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>In the search: into the list of matches</source>
        <translation>En la búsqueda: ir a la lista de resultados</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>On the hold timer: start, pause or resume</source>
        <translation>En el temporizador de presión: iniciar, pausar o reanudar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>On a candidate: open it in Explore</source>
        <translation>En un candidato: abrirlo en Explorar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>Problems in the maps (%n)</source>
        <translation>
            <numerusform>Problema en los mapas (%n)</numerusform>
            <numerusform>Problemas en los mapas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Maps reloaded: no problems.</source>
        <translation>Mapas recargados: sin problemas.</translation>
    </message>
    <message>
        <source>Maps reloaded: %1 problem(s); see the list below.</source>
        <translation>Mapas recargados: %1 problema(s); vea la lista de abajo.</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Acerca de bodymap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;bodymap %1&lt;/h3&gt;&lt;p&gt;An educational atlas of myofascial trigger points and the pain they refer, after the Travell &amp;amp; Simons tradition.&lt;/p&gt;&lt;p&gt;It does not diagnose. See a doctor for pain that is severe, new or unexplained.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;bodymap %1&lt;/h3&gt;&lt;p&gt;Un atlas educativo de los puntos gatillo miofasciales y del dolor que refieren, en la tradición de Travell &amp;amp; Simons.&lt;/p&gt;&lt;p&gt;No diagnostica. Consulte a un médico si el dolor es intenso, nuevo o sin causa aparente.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems in the maps</source>
        <translation>Problemas en los mapas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the problems</source>
        <translation>Copiar los problemas</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all of them</source>
        <translation>Copiar las líneas seleccionadas, o todas</translation>
    </message>
    <message>
        <source>&amp;Reload maps</source>
        <translation>&amp;Recargar mapas</translation>
    </message>
    <message>
        <source>Reload the maps and check them again</source>
        <translation>Recargar los mapas y volver a comprobarlos</translation>
    </message>
    <message>
        <source>Reload when the maps change</source>
        <translation>Recargar si cambian los mapas</translation>
    </message>
    <message>
        <source>Reload the maps when a file in the folder changes</source>
        <translation>Recargar los mapas cuando cambie un archivo de la carpeta</translation>
    </message>
    <message>
        <source>1 problem in the maps.</source>
        <translation>1 problema en los mapas.</translation>
    </message>
    <message>
        <source>%1 problems in the maps.</source>
        <translation>%1 problemas en los mapas.</translation>
    </message>
    <message>
        <source>bodymap runs on the built-in atlas and every sound file; fix the lines below, then reload.</source>
        <translation>bodymap funciona con el atlas integrado y con todos los archivos válidos; corrija las líneas de abajo y luego recargue.</translation>
    </message>
    <message>
        <source>No problems in the maps.</source>
        <translation>No hay problemas en los mapas.</translation>
    </message>
    <message>
        <source>Your maps: %1</source>
        <translation>Sus mapas: %1</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Temple</source>
        <translation>Sien</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Coronilla</translation>
    </message>
    <message>
        <source>Occiput</source>
        <translation>Occipucio</translation>
    </message>
    <message>
        <source>Eye</source>
        <translation>Ojo</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>Oreja</translation>
    </message>
    <message>
        <source>Cheek</source>
        <translation>Mejilla</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Mandíbula</translation>
    </message>
    <message>
        <source>Jaw joint (TMJ)</source>
        <translation>Articulación temporomandibular (ATM)</translation>
    </message>
    <message>
        <source>Upper teeth</source>
        <translation>Dientes superiores</translation>
    </message>
    <message>
        <source>Lower teeth</source>
        <translation>Dientes inferiores</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Mentón</translation>
    </message>
    <message>
        <source>Back of the neck</source>
        <translation>Parte posterior del cuello</translation>
    </message>
    <message>
        <source>Side of the neck</source>
        <translation>Parte lateral del cuello</translation>
    </message>
    <message>
        <source>Front of the neck</source>
        <translation>Parte anterior del cuello</translation>
    </message>
    <message>
        <source>Top of the shoulder</source>
        <translation>Parte superior del hombro</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Side of the chest</source>
        <translation>Costado</translation>
    </message>
    <message>
        <source>Armpit</source>
        <translation>Axila</translation>
    </message>
    <message>
        <source>Between the shoulder blades</source>
        <translation>Entre los omóplatos</translation>
    </message>
    <message>
        <source>Shoulder blade</source>
        <translation>Omóplato</translation>
    </message>
    <message>
        <source>Upper abdomen</source>
        <translation>Parte superior del abdomen</translation>
    </message>
    <message>
        <source>Lower abdomen</source>
        <translation>Parte inferior del abdomen</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Ingle</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Parte media de la espalda</translation>
    </message>
    <message>
        <source>Low back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Sacro</translation>
    </message>
    <message>
        <source>Coccyx</source>
        <translation>Coxis</translation>
    </message>
    <message>
        <source>Perineum</source>
        <translation>Periné</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Glúteo</translation>
    </message>
    <message>
        <source>Front of the shoulder</source>
        <translation>Cara anterior del hombro</translation>
    </message>
    <message>
        <source>Outer shoulder</source>
        <translation>Cara externa del hombro</translation>
    </message>
    <message>
        <source>Back of the shoulder</source>
        <translation>Cara posterior del hombro</translation>
    </message>
    <message>
        <source>Front of the upper arm</source>
        <translation>Cara anterior del brazo</translation>
    </message>
    <message>
        <source>Outer upper arm</source>
        <translation>Cara externa del brazo</translation>
    </message>
    <message>
        <source>Back of the upper arm</source>
        <translation>Cara posterior del brazo</translation>
    </message>
    <message>
        <source>Inner upper arm</source>
        <translation>Cara interna del brazo</translation>
    </message>
    <message>
        <source>Outer elbow</source>
        <translation>Cara externa del codo</translation>
    </message>
    <message>
        <source>Inner elbow</source>
        <translation>Cara interna del codo</translation>
    </message>
    <message>
        <source>Front of the elbow (cubital fossa)</source>
        <translation>Parte delantera del codo (fosa cubital)</translation>
    </message>
    <message>
        <source>Front of the forearm</source>
        <translation>Cara anterior del antebrazo</translation>
    </message>
    <message>
        <source>Back of the forearm</source>
        <translation>Cara posterior del antebrazo</translation>
    </message>
    <message>
        <source>Back of the wrist</source>
        <translation>Dorso de la muñeca</translation>
    </message>
    <message>
        <source>Palm side of the wrist</source>
        <translation>Cara palmar de la muñeca</translation>
    </message>
    <message>
        <source>Back of the hand</source>
        <translation>Dorso de la mano</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>Palma</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Pulgar</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>Dedos de la mano</translation>
    </message>
    <message>
        <source>Side of the hip</source>
        <translation>Parte lateral de la cadera</translation>
    </message>
    <message>
        <source>Front of the thigh</source>
        <translation>Cara anterior del muslo</translation>
    </message>
    <message>
        <source>Outer thigh</source>
        <translation>Cara externa del muslo</translation>
    </message>
    <message>
        <source>Inner thigh</source>
        <translation>Cara interna del muslo</translation>
    </message>
    <message>
        <source>Back of the thigh</source>
        <translation>Cara posterior del muslo</translation>
    </message>
    <message>
        <source>Front of the knee</source>
        <translation>Cara anterior de la rodilla</translation>
    </message>
    <message>
        <source>Inner knee</source>
        <translation>Cara interna de la rodilla</translation>
    </message>
    <message>
        <source>Outer knee</source>
        <translation>Cara externa de la rodilla</translation>
    </message>
    <message>
        <source>Back of the knee</source>
        <translation>Cara posterior de la rodilla</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Outer lower leg</source>
        <translation>Cara externa de la pierna</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>Front of the ankle</source>
        <translation>Cara anterior del tobillo</translation>
    </message>
    <message>
        <source>Outer ankle</source>
        <translation>Cara externa del tobillo</translation>
    </message>
    <message>
        <source>Inner ankle</source>
        <translation>Cara interna del tobillo</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Talón</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>Dorso del pie</translation>
    </message>
    <message>
        <source>Sole of the foot</source>
        <translation>Planta del pie</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>Dedo gordo del pie</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>Dedos del pie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Said</name>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Refers pain to: %1.</source>
        <translation>Refiere dolor a: %1.</translation>
    </message>
    <message>
        <source>Hold %1 to %2 seconds.</source>
        <translation>Mantener de %1 a %2 segundos.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your settings could not be read and were set aside; bodymap started with the defaults.</source>
        <translation>No se pudo leer su configuración, así que se ha dejado aparte; bodymap se ha iniciado con los valores predeterminados.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>bodymap will speak %1 from its next start. Restart it now?</source>
        <translation>bodymap se mostrará en %1 a partir del próximo inicio. ¿Reiniciarlo ahora?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>patient’s right</source>
        <translation>derecha del paciente</translation>
    </message>
    <message>
        <source>patient’s left</source>
        <translation>izquierda del paciente</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
</context>
<context>
    <name>Splash</name>
    <message>
        <source>Loading the atlas…</source>
        <translation>Cargando el atlas…</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Easy patterns</source>
        <translation>Patrones fáciles</translation>
    </message>
    <message>
        <source>Medium patterns</source>
        <translation>Patrones intermedios</translation>
    </message>
    <message>
        <source>Hard patterns</source>
        <translation>Patrones difíciles</translation>
    </message>
    <message>
        <source>Head and face</source>
        <translation>Cabeza y cara</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Forearm and hand</source>
        <translation>Antebrazo y mano</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte baja de la espalda</translation>
    </message>
    <message>
        <source>Hip and buttock</source>
        <translation>Cadera y glúteo</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Leg and foot</source>
        <translation>Pierna y pie</translation>
    </message>
    <message>
        <source>A client has %1. Which trigger point is the most likely source?</source>
        <translation>Un cliente presenta %1. ¿Qué punto gatillo es el origen más probable?</translation>
    </message>
    <message>
        <source>Which trigger point refers pain here? Tap it on the body, or pick its name.</source>
        <translation>¿Qué punto gatillo refiere dolor aquí? Tóquelo en el cuerpo o elija su nombre.</translation>
    </message>
    <message>
        <source>Paint where %1 refers pain.</source>
        <translation>Pinte la zona a la que refiere dolor %1.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not this one: the pattern shown is another point&apos;s.</source>
        <translation>Este no: el patrón mostrado es de otro punto.</translation>
    </message>
    <message>
        <source>This point is not marked in that view.</source>
        <translation>Este punto no está marcado en esa vista.</translation>
    </message>
    <message>
        <source>Right: that is where the point lies.</source>
        <translation>Correcto: ahí está el punto.</translation>
    </message>
    <message>
        <source>Close: the point lies a little further off.</source>
        <translation>Cerca: el punto está un poco más allá.</translation>
    </message>
    <message>
        <source>Not there: the point lies elsewhere.</source>
        <translation>Ahí no: el punto está en otro sitio.</translation>
    </message>
    <message>
        <source>Nothing painted where it refers.</source>
        <translation>No ha pintado nada donde refiere dolor.</translation>
    </message>
    <message>
        <source>Right: you covered %1% of its usual pattern.</source>
        <translation>Correcto: ha cubierto el %1&#xa0;% de su patrón habitual.</translation>
    </message>
    <message>
        <source>Partly: you covered %1% of its usual pattern.</source>
        <translation>En parte: ha cubierto el %1&#xa0;% de su patrón habitual.</translation>
    </message>
    <message>
        <source>Not there: you covered %1% of its usual pattern.</source>
        <translation>Ahí no: ha cubierto el %1&#xa0;% de su patrón habitual.</translation>
    </message>
</context>
<context>
    <name>StudyMode</name>
    <message>
        <source>&lt;b&gt;Study the patterns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estudiar los patrones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Mazo</translation>
    </message>
    <message>
        <source>Open a teacher&apos;s deck…</source>
        <translation>Abrir un mazo del profesor…</translation>
    </message>
    <message>
        <source>Questions in a round:</source>
        <translation>Preguntas por ronda:</translation>
    </message>
    <message>
        <source>Questions in a round</source>
        <translation>Preguntas por ronda</translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation>Empezar ronda</translation>
    </message>
    <message>
        <source>Export my progress…</source>
        <translation>Exportar mi progreso…</translation>
    </message>
    <message>
        <source>Reset my progress</source>
        <translation>Reiniciar mi progreso</translation>
    </message>
    <message>
        <source>Done painting</source>
        <translation>He terminado</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Open a deck</source>
        <translation>Abrir un mazo</translation>
    </message>
    <message>
        <source>Deck (*.yaml *.yml)</source>
        <translation>Mazo (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export my progress</source>
        <translation>Exportar mi progreso</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Progress not saved: %1</source>
        <translation>Progreso no guardado: %1</translation>
    </message>
    <message>
        <source>Learned so far: %1 of %2 items seen (box %3).</source>
        <translation>Aprendidos hasta ahora: %1 de %2 elementos vistos (caja %3).</translation>
    </message>
    <message>
        <source>Round over: %1 of %2 right.</source>
        <translation>Ronda terminada: %1 de %2 correctas.</translation>
    </message>
    <message>
        <source>Choose a deck and start a round.</source>
        <translation>Elija un mazo y empiece una ronda.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right</source>
        <translation>Pregunta %1 de %2 · %3 correctas</translation>
    </message>
    <message>
        <source>It is %1: %2</source>
        <translation>Es %1: %2</translation>
    </message>
</context>
<context>
    <name>Technique</name>
    <message>
        <source>light</source>
        <translation>suave</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firme</translation>
    </message>
    <message>
        <source>For a trained clinician only: not a self-care technique.</source>
        <translation>Solo para un profesional sanitario cualificado: no es una técnica de autocuidado.</translation>
    </message>
    <message>
        <source>Its steps are not shown here: ask a physiotherapist, doctor or other trained clinician about it.</source>
        <translation>Sus pasos no se muestran aquí: pregunte por ella a un fisioterapeuta, a un médico o a otro profesional sanitario cualificado.</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Hold timer</source>
        <translation>Temporizador de presión</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>%1 points held this visit. More pressure now may leave the client sore tomorrow: consider stopping here, with stretching and warmth.</source>
        <translation>%1 puntos tratados en esta visita. Más presión ahora puede dejar al cliente dolorido mañana: considere parar aquí, con estiramientos y calor.</translation>
    </message>
    <message>
        <source>Hold for %1 s, up to %2 s</source>
        <translation>Mantener %1 s, hasta %2 s</translation>
    </message>
    <message>
        <source>Hold… up to %2 s if it has not released</source>
        <translation>Mantener… hasta %2 s si no ha cedido</translation>
    </message>
    <message>
        <source>Rest, then hold again</source>
        <translation>Descansar y volver a presionar</translation>
    </message>
    <message>
        <source>Done: release slowly, then stretch</source>
        <translation>Hecho: soltar despacio y luego estirar</translation>
    </message>
    <message>
        <source>Repetition %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source> · rest %1 s between</source>
        <translation> · descanso de %1 s entre cada una</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Soles</source>
        <translation>Plantas de los pies</translation>
    </message>
</context>
<context>
    <name>Where</name>
    <message>
        <source>Its usual pattern covers %1% of what you marked there: %2.</source>
        <translation>Su patrón habitual cubre el %1&#xa0;% de lo que ha marcado ahí: %2.</translation>
    </message>
    <message>
        <source>Its usual pattern covers %1% of one area you marked.</source>
        <translation>Su patrón habitual cubre el %1&#xa0;% de una de las zonas que ha marcado.</translation>
    </message>
    <message>
        <source>Its usual pattern covers %1% of what you marked: %2.</source>
        <translation>Su patrón habitual cubre el %1&#xa0;% de lo que ha marcado: %2.</translation>
    </message>
    <message>
        <source>Its usual pattern covers %1% of what you marked, at its edge.</source>
        <translation>Su patrón habitual cubre el %1&#xa0;% de lo que ha marcado, en su borde.</translation>
    </message>
    <message>
        <source>Its occasional spread covers another %1%.</source>
        <translation>Su extensión ocasional cubre otro %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Its usual pattern covers %1 of what you marked: %2.</source>
        <translation>Su patrón habitual cubre %1 de lo que ha marcado: %2.</translation>
    </message>
    <message>
        <source>Its usual pattern covers %1 of what you marked.</source>
        <translation>Su patrón habitual cubre %1 de lo que ha marcado.</translation>
    </message>
    <message>
        <source>Sometimes it spreads further too.</source>
        <translation>A veces también se extiende más allá.</translation>
    </message>
    <message>
        <source>Nothing marked yet. Tap where it hurts, paint it, or pick a complaint.</source>
        <translation>Aún no hay nada marcado. Toque donde le duele, píntelo o elija una molestia.</translation>
    </message>
    <message>
        <source>What is marked lies outside the body: mark the figure.</source>
        <translation>Lo marcado queda fuera del cuerpo: marque sobre la figura.</translation>
    </message>
    <message>
        <source>That is only a dot. Paint a little more of the area that hurts.</source>
        <translation>Eso es solo un punto. Pinte un poco más de la zona que le duele.</translation>
    </message>
    <message>
        <source>That was a single tap. Drag to paint the area, or switch Paint off to tap whole regions.</source>
        <translation>Eso ha sido un solo toque. Arrastre para pintar la zona, o desactive Pintar para tocar regiones enteras.</translation>
    </message>
    <message>
        <source>That was painted outside the body: paint on the figure where it hurts.</source>
        <translation>Eso se ha pintado fuera del cuerpo: pinte sobre la figura donde le duele.</translation>
    </message>
    <message>
        <source>That was outside the body: tap on the figure where it hurts.</source>
        <translation>Eso ha quedado fuera del cuerpo: toque la figura donde le duele.</translation>
    </message>
    <message>
        <source>No complaint called “%1”. Did you mean: %2?</source>
        <translation>No hay ninguna molestia llamada “%1”. ¿Quiso decir: %2?</translation>
    </message>
    <message>
        <source>No complaint called “%1”. Try headache, toothache, sciatica, tennis elbow or heel pain.</source>
        <translation>No hay ninguna molestia llamada “%1”. Pruebe con dolor de cabeza, dolor de muelas, ciática, codo de tenista o dolor de talón.</translation>
    </message>
    <message>
        <source>%1: see a doctor rather than a therapist if</source>
        <translation>%1: consulte a un médico, y no a un terapeuta, si</translation>
    </message>
    <message>
        <source>No trigger point in the atlas refers pain there.</source>
        <translation>Ningún punto gatillo del atlas refiere dolor ahí.</translation>
    </message>
    <message>
        <source>Trigger points whose pain pattern best matches what you marked (tap one to see its pattern):</source>
        <translation>Puntos gatillo cuyo patrón de dolor coincide mejor con lo que ha marcado (toque uno para ver su patrón):</translation>
    </message>
    <message>
        <source>Strong match</source>
        <translation>Coincidencia fuerte</translation>
    </message>
    <message>
        <source>Good match</source>
        <translation>Buena coincidencia</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Posible coincidencia</translation>
    </message>
    <message>
        <source>Weak match</source>
        <translation>Coincidencia débil</translation>
    </message>
    <message>
        <source>most</source>
        <translation>la mayor parte</translation>
    </message>
    <message>
        <source>much</source>
        <translation>buena parte</translation>
    </message>
    <message>
        <source>part</source>
        <translation>una parte</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
</context>
<context>
    <name>WhereMode</name>
    <message>
        <source>Tap the body where it hurts (tap again to remove), or switch on Paint and paint the area with a finger or the mouse.</source>
        <translation>Toque el cuerpo donde le duele (toque de nuevo para quitarlo), o active Pintar y pinte la zona con el dedo o el ratón.</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Pintar</translation>
    </message>
    <message>
        <source>Paint with a brush</source>
        <translation>Pintar con un pincel</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Grosor del pincel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Rehacer el cambio deshecho</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <source>Or say what it is:</source>
        <translation>O describa la molestia:</translation>
    </message>
    <message>
        <source>headache, sciatica, heel pain…</source>
        <translation>dolor de cabeza, ciática, dolor de talón…</translation>
    </message>
    <message>
        <source>Complaint in words</source>
        <translation>Molestia descrita con palabras</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;For the client&apos;s record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Para la ficha del cliente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Confirm the chosen point</source>
        <translation>Confirmar el punto elegido</translation>
    </message>
    <message>
        <source>Keep the candidate laid over the drawing in the client&apos;s record</source>
        <translation>Guardar en la ficha del cliente el candidato superpuesto al dibujo</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notas…</translation>
    </message>
    <message>
        <source>Notes for the client&apos;s record</source>
        <translation>Notas para la ficha del cliente</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Cuándo ir al médico</translation>
    </message>
    <message>
        <source>What the ranking says</source>
        <translation>Qué indica la clasificación</translation>
    </message>
    <message>
        <source>Compare the ticked ones</source>
        <translation>Comparar los marcados</translation>
    </message>
    <message>
        <source>Compare the ticked trigger points</source>
        <translation>Comparar los puntos gatillo marcados</translation>
    </message>
    <message>
        <source>Brush width: %1</source>
        <translation>Grosor del pincel: %1</translation>
    </message>
    <message>
        <source>Tick two to four trigger points to compare them.</source>
        <translation>Marque de dos a cuatro puntos gatillo para compararlos.</translation>
    </message>
    <message>
        <source>%1: the regions it usually means are marked.</source>
        <translation>%1: se han marcado las regiones que suele afectar.</translation>
    </message>
    <message>
        <source>%1 candidates; the best: %2, %3.</source>
        <translation>%1 candidatos; el mejor: %2, %3.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; what you marked   &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; its pattern (solid: usual, dotted: occasional)   ✕ the trigger point</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; lo que ha marcado   &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; su patrón (continuo: habitual, punteado: ocasional)   ✕ el punto gatillo</translation>
    </message>
    <message>
        <source>Shaded: where only that one refers pain, which tells them apart.</source>
        <translation>Sombreado: donde solo ese refiere dolor, lo que permite distinguirlos.</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Confirmado: %1</translation>
    </message>
    <message>
        <source>headache</source>
        <translation>dolor de cabeza</translation>
    </message>
    <message>
        <source>toothache</source>
        <translation>dolor de muelas</translation>
    </message>
    <message>
        <source>neck pain</source>
        <translation>dolor de cuello</translation>
    </message>
    <message>
        <source>tennis elbow</source>
        <translation>codo de tenista</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>dolor lumbar</translation>
    </message>
    <message>
        <source>sciatica</source>
        <translation>ciática</translation>
    </message>
    <message>
        <source>knee pain</source>
        <translation>dolor de rodilla</translation>
    </message>
    <message>
        <source>heel pain</source>
        <translation>dolor de talón</translation>
    </message>
</context>
</TS>

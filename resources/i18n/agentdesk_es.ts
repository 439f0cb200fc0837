<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../agentdesk/ui/about.py" line="+31" />
        <source>About AgentDesk</source>
        <translation>Acerca de AgentDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A desktop companion for customer-support agents: %1, online or offline.</source>
        <translation>El asistente de escritorio para agentes de atención al cliente: %1, con o sin conexión.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data folder: %1
Qt %2, PySide6 %3</source>
        <translation>Carpeta de datos: %1
Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <location line="+23" />
        <source>your indicators</source>
        <translation>tus indicadores</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your closed conversations</source>
        <translation>tus conversaciones cerradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your paused conversations</source>
        <translation>tus conversaciones en pausa</translation>
    </message>
</context>
<context>
    <name>AccountBadge</name>
    <message>
        <location filename="../../agentdesk/ui/account_badge.py" line="+35" />
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed in as %1 to %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../agentdesk/ui/app.py" line="+135" />
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agentdesk/ui/banner.py" line="+44" />
        <location line="+63" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../agentdesk/ui/i18n.py" line="+57" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="+233" />
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>ClosedListModel</name>
    <message>
        <location filename="../../agentdesk/ui/closed/model.py" line="+192" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
</context>
<context>
    <name>ClosedPage</name>
    <message>
        <location filename="../../agentdesk/ui/closed/page.py" line="+103" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Conversations to CSV…</source>
        <translation>Conversaciones a CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their messages to CSV…</source>
        <translation>Sus mensajes a CSV…</translation>
    </message>
    <message>
        <location line="+207" />
        <source>Search is rebuilding its index — filters and the list already work.</source>
        <translation>La búsqueda está reconstruyendo su índice; los filtros y la lista ya funcionan.</translation>
    </message>
</context>
<context>
    <name>ClosedStatus</name>
    <message numerus="yes">
        <location filename="../../agentdesk/ui/closed/status.py" line="+18" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversación</numerusform><numerusform>%n conversaciones</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Word search needs its index, built by the next word search or sync — filters and the list already work.</source>
        <translation>La búsqueda por palabras necesita su índice, que se crea en la próxima búsqueda o sincronización; los filtros y la lista ya funcionan.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search is still indexing: %1 of %2 conversations — filters and the list already work.</source>
        <translation>Indexando: %1 de %2 conversaciones; los filtros y la lista ya funcionan.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The search index needs rebuilding; word searches may miss conversations meanwhile.</source>
        <translation>Hay que reconstruir el índice de búsqueda; mientras tanto, pueden faltar conversaciones en los resultados.</translation>
    </message>
</context>
<context>
    <name>ClosedWords</name>
    <message>
        <location filename="../../agentdesk/ui/closed/words.py" line="+19" />
        <source>with a handling time</source>
        <translation>con tiempo de gestión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with a reply delay</source>
        <translation>con tiempo de respuesta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with a first response</source>
        <translation>con primera respuesta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with transactions</source>
        <translation>con transacciones</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Rated CSAT</source>
        <translation>Con CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rated NPS</source>
        <translation>Con NPS</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NPS %1–%2</source>
        <translation>NPS %1–%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Behind “%1”</source>
        <translation>Detrás de «%1»</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/header.py" line="+29" />
        <source>Previous match (Shift+F3)</source>
        <translation>Resultado anterior (Mayús+F3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next match (F3)</source>
        <translation>Resultado siguiente (F3)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No match</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Match %1 of %2</source>
        <translation>Resultado %1 de %2</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/pane.py" line="+69" />
        <location line="+102" />
        <source>Choose a conversation to read it here.</source>
        <translation>Elige una conversación para leerla aquí.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Conversation %1 is not among your synced conversations.</source>
        <translation>La conversación %1 no está entre tus conversaciones sincronizadas.</translation>
    </message>
</context>
<context>
    <name>ConversationWords</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/words.py" line="+16" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Voice</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returning contact</source>
        <translation>Contacto recurrente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+14" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>DaysDialog</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="-67" />
        <source>Closed between</source>
        <translation>Cerradas entre</translation>
    </message>
    <message>
        <location line="+4" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/details_panel.py" line="+42" />
        <source>SURVEY</source>
        <translation>ENCUESTA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CONVERSATION</source>
        <translation>CONVERSACIÓN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+77" />
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handling time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CLOSING NOTE</source>
        <translation>NOTA DE CIERRE</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TRANSACTIONS</source>
        <translation>TRANSACCIONES</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+14" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+5" />
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <location line="+6" />
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>passive</source>
        <translation>pasivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>detractor</source>
        <translation>detractor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of 10 · %2</source>
        <translation>%1 de 10 · %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../agentdesk/ui/closed/empty_state.py" line="+28" />
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing synced yet — syncing…</source>
        <translation>Aún no hay nada sincronizado; sincronizando…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing synced yet. Your closed conversations appear here after the first sync (F5).</source>
        <translation>Aún no hay nada sincronizado. Tus conversaciones cerradas aparecerán aquí tras la primera sincronización (F5).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No conversation matches “%1” in %2.</source>
        <translation>Ninguna conversación coincide con «%1» en %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No conversation matches “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No conversation passes these filters: %1.</source>
        <translation>Ninguna conversación cumple estos filtros: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try fewer words, or clear the filters.</source>
        <translation>Prueba con menos palabras o quita los filtros.</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../agentdesk/ui/error_words.py" line="+39" />
        <source>This computer has no system keyring to keep your sign-in safely, so AgentDesk cannot remember it. You can sign in for this session only: AgentDesk keeps your sign-in in memory, never writes it to disk, and asks again the next time it starts.</source>
        <translation>Este equipo no tiene un llavero del sistema para guardar tu sesión de forma segura, así que AgentDesk no puede recordarla. Puedes iniciar sesión solo para esta vez: AgentDesk la guarda en memoria, nunca la escribe en disco y te la volverá a pedir la próxima vez que se abra.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>AgentDesk cannot do that as it was asked.</source>
        <translation>AgentDesk no puede hacer eso tal como se pidió.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing has been synced yet.</source>
        <translation>Todavía no se ha sincronizado nada.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” is not a server address AgentDesk can use: give one like https://support.example.com (http:// only for a server on this computer).</source>
        <translation>«%1» no es una dirección de servidor válida: indica una como https://support.example.com (http:// solo para un servidor en este equipo).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>AgentDesk cannot use its data folder or its settings as they are.</source>
        <translation>AgentDesk no puede usar su carpeta de datos ni su configuración tal como están.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AgentDesk cannot use its local database right now (locked, full disk, damaged file or no permission).</source>
        <translation>AgentDesk no puede usar su base de datos local ahora mismo (bloqueada, disco lleno, archivo dañado o sin permisos).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Another AgentDesk is syncing the same data; this one syncs again when it has finished.</source>
        <translation>Otro AgentDesk está sincronizando los mismos datos; este volverá a sincronizar cuando termine.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server refused what AgentDesk asked.</source>
        <translation>El servidor rechazó lo que pidió AgentDesk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server does not accept your sign-in: sign in again.</source>
        <translation>El servidor no acepta tu sesión: vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused this login and password.</source>
        <translation>El servidor rechazó este usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused this access token: copy it again from your profile settings.</source>
        <translation>El servidor rechazó este token de acceso: vuelve a copiarlo desde la configuración de tu perfil.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You are not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AgentDesk cannot reach the server. Check your connection.</source>
        <translation>AgentDesk no puede conectar con el servidor. Revisa tu conexión.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server is not answering as it should. Try again later; if it goes on, tell your administrator.</source>
        <translation>El servidor no responde como debería. Inténtalo más tarde; si sigue pasando, avisa a tu administrador.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server is too busy right now. Try again in a minute.</source>
        <translation>El servidor está saturado ahora mismo. Inténtalo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AgentDesk does not send your sign-in unencrypted: use an https:// address (http:// only for a server on this computer).</source>
        <translation>AgentDesk no envía tus datos de acceso sin cifrar: usa una dirección https:// (http:// solo para un servidor en este equipo).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server's certificate could not be checked, so AgentDesk did not send it your sign-in. Ask your administrator.</source>
        <translation>No se pudo verificar el certificado del servidor, así que AgentDesk no le envió tus datos de acceso. Consulta a tu administrador.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This conversation was not found, or it is not yours.</source>
        <translation>No se encontró esta conversación, o no es tuya.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server did not reopen the conversation.</source>
        <translation>El servidor no reabrió la conversación.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server sent a record AgentDesk cannot use.</source>
        <translation>El servidor envió un registro que AgentDesk no puede usar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file could not be written.</source>
        <translation>No se pudo guardar el archivo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The search index cannot be used or updated right now; word searches may miss conversations until AgentDesk rebuilds it (at the next start).</source>
        <translation>El índice de búsqueda no se puede usar ni actualizar ahora mismo; la búsqueda por palabras puede pasar por alto conversaciones hasta que AgentDesk lo reconstruya (en el próximo inicio).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Another AgentDesk is updating the search index; try again in a moment.</source>
        <translation>Otro AgentDesk está actualizando el índice de búsqueda; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file AgentDesk needs is missing from its installation: reinstall AgentDesk.</source>
        <translation>Falta un archivo que AgentDesk necesita en su instalación: vuelve a instalar AgentDesk.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The technical message, for your administrator or a bug report:</source>
        <translation>El mensaje técnico, para tu administrador o un informe de error:</translation>
    </message>
</context>
<context>
    <name>EvolutionChart</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/chart.py" line="+102" />
        <source>Evolution chart</source>
        <translation>Gráfico de evolución</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Nothing to show for this period</source>
        <translation>Nada que mostrar en este periodo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Show these conversations</source>
        <translation>Ver estas conversaciones</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+19" />
        <source>%1 — evolution</source>
        <translation>%1: evolución</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Point at the chart, or focus it and use ← →, to read a value.</source>
        <translation>Señala el gráfico, o selecciónalo y usa ← →, para leer un valor.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Hours on the %1 clock</source>
        <translation>Horas (hora de %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days on the %1 clock</source>
        <translation>Días (hora de %1)</translation>
    </message>
    <message>
        <location line="+78" />
        <source> (so far)</source>
        <translation> (por ahora)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last week</source>
        <translation>la semana pasada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last month</source>
        <translation>el mes pasado</translation>
    </message>
    <message>
        <location line="+3" />
        <source> · same time %1: %2</source>
        <translation> · a la misma hora %1: %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/indicators/chart_legend.py" line="+36" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This hour so far</source>
        <translation>Esta hora, por ahora</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Today so far</source>
        <translation>Hoy, por ahora</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../agentdesk/ui/closed/export.py" line="+56" />
        <source>The search index was still being built: the file may miss some conversations.</source>
        <translation>El índice de búsqueda aún se estaba creando: puede que falten conversaciones en el archivo.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Exporting… %1 of %2</source>
        <translation>Exportando… %1 de %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="-117" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Choose days…</source>
        <translation>Elegir días…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rated %1</source>
        <translation>Valoración %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Promoters (9–10)</source>
        <translation>Promotores (9–10)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passives (7–8)</source>
        <translation>Pasivos (7–8)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detractors (0–6)</source>
        <translation>Detractores (0–6)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any rating (0–10)</source>
        <translation>Cualquier nota (0–10)</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/tile.py" line="+85" />
        <source>Show these conversations</source>
        <translation>Ver estas conversaciones</translation>
    </message>
</context>
<context>
    <name>IndicatorWords</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/words.py" line="+21" />
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handling time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First response time</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average basket</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yesterday: %1</source>
        <translation>Ayer: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last week: %1</source>
        <translation>Sem. ant.: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month: %1</source>
        <translation>Mes ant.: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS points</source>
        <translation>Puntos NPS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Today, %1 – now</source>
        <translation>Hoy, %1 – ahora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week, %1 – now</source>
        <translation>Esta semana, %1 – ahora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month, %1 – now</source>
        <translation>Este mes, %1 – ahora</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Compared with the whole of last month, which was shorter: %1</source>
        <translation>Frente a todo el mes pasado, que fue más corto: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Compared with the same span yesterday: %1</source>
        <translation>Frente al mismo tramo de ayer: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compared with the same span last week: %1</source>
        <translation>Frente al mismo tramo de la semana pasada: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compared with the same span last month: %1</source>
        <translation>Frente al mismo tramo del mes pasado: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/page.py" line="+83" />
        <source>How am I doing?</source>
        <translation>¿Cómo voy?</translation>
    </message>
    <message>
        <location line="+135" />
        <source>The first sync is under way. Your indicators appear here as soon as the first conversations are stored.</source>
        <translation>La primera sincronización está en curso. Tus indicadores aparecerán aquí en cuanto se guarden las primeras conversaciones.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing has been synced yet. Your indicators appear here after the first sync with the platform.</source>
        <translation>Aún no se ha sincronizado nada. Tus indicadores aparecerán aquí tras la primera sincronización con la plataforma.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your administrator has not chosen any indicator to show.</source>
        <translation>Tu administrador no ha elegido ningún indicador.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agentdesk/ui/main_window.py" line="+69" />
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — demo workspace</source>
        <translation>%1: espacio de demostración</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+201" />
        <source>The server no longer accepts the token in the AGENTDESK_TOKEN environment variable. AgentDesk uses that token while the variable is set: replace it and start AgentDesk again.</source>
        <translation>El servidor ya no acepta el token de la variable de entorno AGENTDESK_TOKEN. AgentDesk usa ese token mientras la variable exista: cámbialo y vuelve a abrir AgentDesk.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server no longer accepts your sign-in; sign in again to keep syncing.</source>
        <translation>El servidor ya no acepta tu sesión; vuelve a iniciarla para seguir sincronizando.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>You are still signed in: AgentDesk uses the token in the AGENTDESK_TOKEN environment variable while it is set. To sign out, remove the variable and start AgentDesk again.</source>
        <translation>Tu sesión sigue abierta: AgentDesk usa el token de la variable de entorno AGENTDESK_TOKEN mientras exista. Para cerrar sesión, borra la variable y vuelve a abrir AgentDesk.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Offline — the server cannot be reached and nothing is synced yet.</source>
        <translation>Sin conexión: no se puede contactar con el servidor y aún no hay nada sincronizado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline — showing what was synced %1.</source>
        <translation>Sin conexión: datos sincronizados %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../agentdesk/ui/pages.py" line="+73" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>PausedPage</name>
    <message>
        <location filename="../../agentdesk/ui/paused/page.py" line="+85" />
        <source>What can I pick up again?</source>
        <translation>¿Qué puedo retomar?</translation>
    </message>
    <message numerus="yes">
        <location line="+151" />
        <source>Paused conversations you can still reopen: %n</source>
        <translation>
            <numerusform>Conversaciones en pausa que aún puedes reabrir: %n</numerusform>
            <numerusform>Conversaciones en pausa que aún puedes reabrir: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n can still be reopened</source>
        <translation>
            <numerusform>%n aún se puede reabrir</numerusform>
            <numerusform>%n aún se pueden reabrir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PausedTable</name>
    <message>
        <location filename="../../agentdesk/ui/paused/table.py" line="+19" />
        <source>Paused conversations</source>
        <translation>Conversaciones en pausa</translation>
    </message>
</context>
<context>
    <name>PausedTableModel</name>
    <message>
        <location filename="../../agentdesk/ui/paused/model.py" line="+104" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused at</source>
        <translation>Pausada el</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
</context>
<context>
    <name>PausedWords</name>
    <message>
        <location filename="../../agentdesk/ui/paused/words.py" line="+28" />
        <source>no deadline</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deadline passed</source>
        <translation>plazo vencido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in less than a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>in %n min</source>
        <translation><numerusform>en %n min</numerusform><numerusform>en %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>in %n h</source>
        <translation><numerusform>en %n h</numerusform><numerusform>en %n h</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>in %1 h %2 min</source>
        <translation>en %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>in %n d</source>
        <translation><numerusform>en %n d</numerusform><numerusform>en %n d</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>in %1 d %2 h</source>
        <translation>en %1 d %2 h</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select a conversation to see whether you can reopen it.</source>
        <translation>Selecciona una conversación para ver si puedes reabrirla.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assigned to you: reopening puts it back in your web console.</source>
        <translation>Asignada a ti: al reabrirla vuelve a tu consola web.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unassigned: reopening assigns it to you and puts it in your web console.</source>
        <translation>Sin asignar: al reabrirla se te asigna y pasa a tu consola web.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unassigned: tick “Assign to me” to take it, then reopen it.</source>
        <translation>Sin asignar: marca «Asignármela» para tomarla y luego reábrela.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The pause deadline has passed: it can no longer be reopened from here.</source>
        <translation>El plazo de la pausa venció: ya no se puede reabrir desde aquí.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assigned to someone else: only they can reopen it.</source>
        <translation>Asignada a otra persona: solo esa persona puede reabrirla.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It is not paused any more.</source>
        <translation>Ya no está en pausa.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopening needs the server, which cannot be reached: try again once you are online.</source>
        <translation>Para reabrir hace falta el servidor y no responde: vuelve a intentarlo cuando tengas conexión.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reopening…</source>
        <translation>Reabriendo…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No paused conversations.

When you pause one in the web console, it appears here with its deadline after the next sync.</source>
        <translation>No hay conversaciones en pausa.

Cuando pauses una en la consola web, aparecerá aquí con su plazo tras la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing is synced yet. Your paused conversations appear here after the first sync with the platform.</source>
        <translation>Aún no hay nada sincronizado. Tus conversaciones en pausa aparecerán aquí tras la primera sincronización con la plataforma.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reopened %1 (%2): it is yours again in the web console.</source>
        <translation>%1 reabierta (%2): vuelve a ser tuya en la consola web.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The server did not reopen %1: its pause deadline passed in the meantime.</source>
        <translation>El servidor no reabrió %1: el plazo de la pausa venció mientras tanto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server did not reopen %1: it is assigned to someone else now.</source>
        <translation>El servidor no reabrió %1: ahora está asignada a otra persona.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server did not reopen %1: it is not paused any more (closed or reopened elsewhere).</source>
        <translation>El servidor no reabrió %1: ya no está en pausa (se cerró o se reabrió en otro sitio).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server did not reopen %1: %2</source>
        <translation>El servidor no reabrió %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was not reopened: the server cannot be reached, and reopening needs it.</source>
        <translation>%1 no se reabrió: para reabrir hace falta el servidor, y no responde.</translation>
    </message>
</context>
<context>
    <name>PeriodSwitch</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/period_switch.py" line="+23" />
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>ReopenBox</name>
    <message>
        <location filename="../../agentdesk/ui/paused/actions.py" line="+30" />
        <source>&amp;Assign to me</source>
        <translation>&amp;Asignármela</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+26" />
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reopening needs the server</source>
        <translation>Reabrir necesita el servidor</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../agentdesk/ui/closed/search_field.py" line="+19" />
        <source>Search words, a “phrase” or an id (Ctrl+F)</source>
        <translation>Busca palabras, una «frase» o un id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search closed conversations</source>
        <translation>Buscar en conversaciones cerradas</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../agentdesk/ui/sign_in.py" line="+68" />
        <source>Sign in to AgentDesk</source>
        <translation>Iniciar sesión en AgentDesk</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sign in with your contact-center account to see your indicators.</source>
        <translation>Inicia sesión con tu cuenta del centro de contacto para ver tus indicadores.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Find it in Chatwoot under Profile settings ▸ Access token.</source>
        <translation>Lo encontrarás en Chatwoot, en Ajustes del perfil ▸ Token de acceso.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+210" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="-194" />
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign in for this session &amp;only</source>
        <translation>Iniciar sesión &amp;solo esta vez</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+176" />
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Fill in the server's address and your access token.</source>
        <translation>Escribe la dirección del servidor y tu token de acceso.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+12" />
        <source>Fill in the server, your login and your password.</source>
        <translation>Indica el servidor, tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Paste your access token from Chatwoot's profile settings.</source>
        <translation>Pega el token de acceso de los ajustes de tu perfil de Chatwoot.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a time zone from the list, like Europe/Paris.</source>
        <translation>Elige una zona horaria de la lista, por ejemplo Europe/Madrid.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>You are in several Chatwoot accounts: choose one, then sign in.</source>
        <translation>Perteneces a varias cuentas de Chatwoot: elige una y luego inicia sesión.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../agentdesk/ui/sync_controller.py" line="+211" />
        <source>The conversations are synced, but the search index could not be updated. Indicators, paused conversations, exports and search by id or filters still work; word searches miss what this sync brought until the index is updated (at the next start).</source>
        <translation>Las conversaciones están sincronizadas, pero no se pudo actualizar el índice de búsqueda. Los indicadores, las conversaciones en pausa, las exportaciones y la búsqueda por ID o por filtros siguen funcionando; la búsqueda por palabras no encontrará lo que trajo esta sincronización hasta que se actualice el índice (en el próximo inicio).</translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message>
        <location filename="../../agentdesk/ui/status_area.py" line="+39" />
        <source>Not synced yet</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline · last synced %1</source>
        <translation>Sin conexión · última sincronización %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Up to date · %1 new, %2 updated</source>
        <translation>Al día · %1 nuevas, %2 actualizadas</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Syncing paused conversations… %1 fetched</source>
        <translation>Sincronizando conversaciones en pausa… %1 recibidas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Syncing closed conversations… %1 fetched</source>
        <translation>Sincronizando conversaciones cerradas… %1 recibidas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Updating the search index… %1 of %2</source>
        <translation>Actualizando el índice de búsqueda… %1 de %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Updating the search index…</source>
        <translation>Actualizando el índice de búsqueda…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../agentdesk/ui/tasks.py" line="+35" />
        <source>AgentDesk hit an unexpected error (a bug, not something you did).</source>
        <translation>AgentDesk sufrió un error inesperado (un fallo del programa, no algo que hicieras tú).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The details are in %1.</source>
        <translation>Los detalles están en %1.</translation>
    </message>
</context>
<context>
    <name>TileState</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/presentation.py" line="+64" />
        <location line="+15" />
        <location line="+20" />
        <source>no trend</source>
        <translation>sin tendencia</translation>
    </message>
    <message>
        <location line="-32" />
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from 0</source>
        <translation>desde 0</translation>
    </message>
    <message>
        <location line="+7" />
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <location line="+1" />
        <source>down</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <location line="+4" />
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bad</source>
        <translation>mal</translation>
    </message>
    <message>
        <location line="+9" />
        <source>from {platform}</source>
        <translation>desde {platform}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>TileWords</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/tile_words.py" line="+67" />
        <source>no trend</source>
        <translation>sin tendencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stable (0 both times)</source>
        <translation>estable (0 ambas veces)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>up from 0</source>
        <translation>sube desde 0</translation>
    </message>
    <message>
        <location line="+12" />
        <source>up %1</source>
        <translation>sube %1</translation>
    </message>
    <message>
        <location line="-1" />
        <source>down %1</source>
        <translation>baja %1</translation>
    </message>
    <message>
        <location line="-43" />
        <source>no rated conversation in this span</source>
        <translation>ninguna conversación valorada en este tramo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no NPS answer in this span</source>
        <translation>ninguna respuesta NPS en este tramo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no transaction in this span</source>
        <translation>ninguna transacción en este tramo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no conversation closed in this span</source>
        <translation>ninguna conversación cerrada en este tramo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no agent reply to a contact in this span</source>
        <translation>ninguna respuesta de un agente a un cliente en este tramo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing to measure in this span</source>
        <translation>nada que medir en este tramo</translation>
    </message>
    <message>
        <location line="+21" />
        <source>stable (no change)</source>
        <translation>estable (sin cambios)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>down from 0</source>
        <translation>baja desde 0</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stable (%1)</source>
        <translation>estable (%1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 this month so far (%2): %3, against %4 over the whole of last month, which was shorter (%5): %6.</source>
        <translation>%1 este mes hasta ahora (%2): %3, frente a %4 en todo el mes pasado, que fue más corto (%5): %6.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 today so far (%2): %3, against %4 over the same span yesterday (%5): %6.</source>
        <translation>%1 hoy hasta ahora (%2): %3, frente a %4 en el mismo tramo de ayer (%5): %6.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 this week so far (%2): %3, against %4 over the same span last week (%5): %6.</source>
        <translation>%1 esta semana hasta ahora (%2): %3, frente a %4 en el mismo tramo de la semana pasada (%5): %6.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 this month so far (%2): %3, against %4 over the same span last month (%5): %6.</source>
        <translation>%1 este mes hasta ahora (%2): %3, frente a %4 en el mismo tramo del mes pasado (%5): %6.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: not available from %2.</source>
        <translation>%1: no disponible en %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>From %n answer(s).</source>
        <translation><numerusform>Respuestas: %n.</numerusform><numerusform>Respuestas: %n.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too few to judge.</source>
        <translation>Muy pocos para valorar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not included: %1.</source>
        <translation>Sin contar: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 in %2 (%n conversation(s))</source>
        <translation><numerusform>%1 en %2 (%n conversación)</numerusform><numerusform>%1 en %2 (%n conversaciones)</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <location filename="../../agentdesk/ui/time_words.py" line="+64" />
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not synced yet</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synced just now</source>
        <translation>Sincronizado ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Synced %n min ago</source>
        <translation><numerusform>Sincronizado hace %n min</numerusform><numerusform>Sincronizado hace %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Synced %n h ago</source>
        <translation><numerusform>Sincronizado hace %n h</numerusform><numerusform>Sincronizado hace %n h</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
</context>
<context>
    <name>TodayHost</name>
    <message>
        <location filename="../../agentdesk/ui/today_host.py" line="+39" />
        <source>&amp;Today widget</source>
        <translation>Widget de &amp;hoy</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/today.py" line="+49" />
        <source>Today — AgentDesk</source>
        <translation>Hoy — AgentDesk</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open the dashboard</source>
        <translation>Abrir el panel</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Offline — these figures were synced %1.</source>
        <translation>Sin conexión: cifras sincronizadas %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Offline — nothing is synced yet.</source>
        <translation>Sin conexión: aún no hay nada sincronizado.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep this window above the others</source>
        <translation>Mantener esta ventana sobre las demás</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Nothing synced yet.</source>
        <translation>Aún no hay nada sincronizado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No indicator chosen by your administrator.</source>
        <translation>Tu administrador no ha elegido ningún indicador.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/transcript_view.py" line="+34" />
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/format.py" line="+91" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n point(s)</source>
        <translation><numerusform>%n punto</numerusform><numerusform>%n puntos</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../agentdesk/ui/window_menus.py" line="+33" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh and sync</source>
        <translation>&amp;Actualizar y sincronizar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+21" />
        <source>Follow the &amp;system</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Sync every</source>
        <translation>Sincronizar &amp;cada</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Acerca de AgentDesk</translation>
    </message>
</context>
</TS>

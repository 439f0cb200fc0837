<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../agentdesk/ui/about.py" line="+31" />
        <source>About AgentDesk</source>
        <translation>À propos d'AgentDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A desktop companion for customer-support agents: %1, online or offline.</source>
        <translation>L'assistant de bureau des conseillers du service client : %1, en ligne ou hors ligne.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>your indicators</source>
        <translation>vos indicateurs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your closed conversations</source>
        <translation>vos conversations clôturées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your paused conversations</source>
        <translation>vos conversations en pause</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Data folder: %1
Qt %2, PySide6 %3</source>
        <translation>Dossier des données : %1
Qt %2, PySide6 %3</translation>
    </message>
</context>
<context>
    <name>AccountBadge</name>
    <message>
        <location filename="../../agentdesk/ui/account_badge.py" line="+35" />
        <source>Demo workspace</source>
        <translation>Espace de démonstration</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed in as %1 to %2</source>
        <translation>Connecté en tant que %1 à %2</translation>
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
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../agentdesk/ui/i18n.py" line="+57" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="+233" />
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>ClosedListModel</name>
    <message>
        <location filename="../../agentdesk/ui/closed/model.py" line="+192" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Clôturées</translation>
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
        <translation>Extrait</translation>
    </message>
</context>
<context>
    <name>ClosedPage</name>
    <message>
        <location filename="../../agentdesk/ui/closed/page.py" line="+103" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Conversations to CSV…</source>
        <translation>Conversations en CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their messages to CSV…</source>
        <translation>Leurs messages en CSV…</translation>
    </message>
    <message>
        <location line="+207" />
        <source>Search is rebuilding its index — filters and the list already work.</source>
        <translation>La recherche reconstruit son index — les filtres et la liste fonctionnent déjà.</translation>
    </message>
</context>
<context>
    <name>ClosedStatus</name>
    <message numerus="yes">
        <location filename="../../agentdesk/ui/closed/status.py" line="+18" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Word search needs its index, built by the next word search or sync — filters and the list already work.</source>
        <translation>La recherche par mots a besoin de son index, construit à la prochaine recherche ou synchro — les filtres et la liste fonctionnent déjà.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search is still indexing: %1 of %2 conversations — filters and the list already work.</source>
        <translation>Indexation en cours : %1 conversations sur %2 — les filtres et la liste fonctionnent déjà.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The search index needs rebuilding; word searches may miss conversations meanwhile.</source>
        <translation>L'index de recherche doit être reconstruit ; d'ici là, des conversations peuvent manquer dans les résultats.</translation>
    </message>
</context>
<context>
    <name>ClosedWords</name>
    <message>
        <location filename="../../agentdesk/ui/closed/words.py" line="+19" />
        <source>with a handling time</source>
        <translation>avec un temps de traitement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with a reply delay</source>
        <translation>avec un délai de réponse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with a first response</source>
        <translation>avec une première réponse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with transactions</source>
        <translation>avec des transactions</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Rated CSAT</source>
        <translation>Avec une note CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rated NPS</source>
        <translation>Avec une note NPS</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NPS %1–%2</source>
        <translation>NPS %1–%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Behind “%1”</source>
        <translation>Derrière « %1 »</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/header.py" line="+29" />
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Match %1 of %2</source>
        <translation>Résultat %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/pane.py" line="+69" />
        <location line="+102" />
        <source>Choose a conversation to read it here.</source>
        <translation>Choisissez une conversation pour la lire ici.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Conversation %1 is not among your synced conversations.</source>
        <translation>La conversation %1 ne fait pas partie de vos conversations synchronisées.</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Voice</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returning contact</source>
        <translation>Contact connu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+14" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent %1</source>
        <translation>Conseiller %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>DaysDialog</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="-67" />
        <source>Closed between</source>
        <translation>Clôturées entre le</translation>
    </message>
    <message>
        <location line="+4" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/details_panel.py" line="+42" />
        <source>SURVEY</source>
        <translation>ENQUÊTE</translation>
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
        <translation>CONVERSATION</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+77" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handling time</source>
        <translation>Temps de traitement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CLOSING NOTE</source>
        <translation>NOTE DE CLÔTURE</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TRANSACTIONS</source>
        <translation>TRANSACTIONS</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+14" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+5" />
        <source>Not rated</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <location line="+6" />
        <source>promoter</source>
        <translation>promoteur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>passive</source>
        <translation>passif</translation>
    </message>
    <message>
        <location line="+2" />
        <source>detractor</source>
        <translation>détracteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of 10 · %2</source>
        <translation>%1 sur 10 · %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../agentdesk/ui/closed/empty_state.py" line="+28" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing synced yet — syncing…</source>
        <translation>Rien de synchronisé pour l'instant — synchro en cours…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing synced yet. Your closed conversations appear here after the first sync (F5).</source>
        <translation>Rien de synchronisé pour l'instant. Vos conversations clôturées apparaîtront ici après la première synchro (F5).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No conversation matches “%1” in %2.</source>
        <translation>Aucune conversation ne correspond à « %1 » dans %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No conversation matches “%1”.</source>
        <translation>Aucune conversation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No conversation passes these filters: %1.</source>
        <translation>Aucune conversation ne passe ces filtres : %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try fewer words, or clear the filters.</source>
        <translation>Essayez avec moins de mots, ou effacez les filtres.</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../agentdesk/ui/error_words.py" line="+39" />
        <source>This computer has no system keyring to keep your sign-in safely, so AgentDesk cannot remember it. You can sign in for this session only: AgentDesk keeps your sign-in in memory, never writes it to disk, and asks again the next time it starts.</source>
        <translation>Cet ordinateur n'a pas de trousseau système pour garder votre connexion en sécurité : AgentDesk ne peut donc pas s'en souvenir. Vous pouvez vous connecter pour cette session seulement : AgentDesk garde votre connexion en mémoire, ne l'écrit jamais sur le disque et vous la redemandera au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>AgentDesk cannot do that as it was asked.</source>
        <translation>AgentDesk ne peut pas faire cela tel que demandé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing has been synced yet.</source>
        <translation>Rien n'a encore été synchronisé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” is not a server address AgentDesk can use: give one like https://support.example.com (http:// only for a server on this computer).</source>
        <translation>« %1 » n'est pas une adresse de serveur utilisable : indiquez-en une comme https://support.example.com (http:// seulement pour un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>AgentDesk cannot use its data folder or its settings as they are.</source>
        <translation>AgentDesk ne peut pas utiliser son dossier de données ou ses paramètres en l'état.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AgentDesk cannot use its local database right now (locked, full disk, damaged file or no permission).</source>
        <translation>AgentDesk ne peut pas utiliser sa base de données locale pour le moment (verrouillée, disque plein, fichier endommagé ou droits insuffisants).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Another AgentDesk is syncing the same data; this one syncs again when it has finished.</source>
        <translation>Un autre AgentDesk synchronise les mêmes données ; celui-ci se resynchronisera quand il aura terminé.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server refused what AgentDesk asked.</source>
        <translation>Le serveur a refusé la demande d'AgentDesk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server does not accept your sign-in: sign in again.</source>
        <translation>Le serveur n'accepte pas votre connexion : reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused this login and password.</source>
        <translation>Le serveur a refusé cet identifiant et ce mot de passe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused this access token: copy it again from your profile settings.</source>
        <translation>Le serveur a refusé ce jeton d'accès : copiez-le à nouveau depuis les paramètres de votre profil.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You are not signed in.</source>
        <translation>Vous n'êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AgentDesk cannot reach the server. Check your connection.</source>
        <translation>AgentDesk n'arrive pas à joindre le serveur. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server is not answering as it should. Try again later; if it goes on, tell your administrator.</source>
        <translation>Le serveur ne répond pas correctement. Réessayez plus tard ; si cela continue, prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server is too busy right now. Try again in a minute.</source>
        <translation>Le serveur est surchargé pour le moment. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AgentDesk does not send your sign-in unencrypted: use an https:// address (http:// only for a server on this computer).</source>
        <translation>AgentDesk n'envoie pas votre connexion en clair : utilisez une adresse https:// (http:// seulement pour un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server's certificate could not be checked, so AgentDesk did not send it your sign-in. Ask your administrator.</source>
        <translation>Le certificat du serveur n'a pas pu être vérifié, AgentDesk ne lui a donc pas envoyé votre connexion. Contactez votre administrateur.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This conversation was not found, or it is not yours.</source>
        <translation>Cette conversation est introuvable, ou elle ne vous est pas attribuée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server did not reopen the conversation.</source>
        <translation>Le serveur n'a pas rouvert la conversation.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server sent a record AgentDesk cannot use.</source>
        <translation>Le serveur a envoyé un élément qu'AgentDesk ne peut pas utiliser.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file could not be written.</source>
        <translation>Le fichier n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The search index cannot be used or updated right now; word searches may miss conversations until AgentDesk rebuilds it (at the next start).</source>
        <translation>L'index de recherche est inutilisable ou ne peut pas être mis à jour pour le moment ; la recherche par mots peut manquer des conversations jusqu'à ce qu'AgentDesk le reconstruise (au prochain démarrage).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Another AgentDesk is updating the search index; try again in a moment.</source>
        <translation>Un autre AgentDesk met à jour l'index de recherche ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file AgentDesk needs is missing from its installation: reinstall AgentDesk.</source>
        <translation>Un fichier nécessaire à AgentDesk manque dans son installation : réinstallez AgentDesk.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The technical message, for your administrator or a bug report:</source>
        <translation>Le message technique, pour votre administrateur ou un rapport de bug :</translation>
    </message>
</context>
<context>
    <name>EvolutionChart</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/chart.py" line="+102" />
        <source>Evolution chart</source>
        <translation>Graphique d'évolution</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Nothing to show for this period</source>
        <translation>Rien à afficher pour cette période</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Show these conversations</source>
        <translation>Voir ces conversations</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+19" />
        <source>%1 — evolution</source>
        <translation>%1 — évolution</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+136" />
        <source> (so far)</source>
        <translation> (pour l'instant)</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Point at the chart, or focus it and use ← →, to read a value.</source>
        <translation>Pointez le graphique, ou sélectionnez-le et utilisez ← →, pour lire une valeur.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Hours on the %1 clock</source>
        <translation>Heures (heure de %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days on the %1 clock</source>
        <translation>Jours (heure de %1)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/indicators/chart_legend.py" line="+36" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This hour so far</source>
        <translation>Cette heure, pour l'instant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Today so far</source>
        <translation>Aujourd'hui, pour l'instant</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/indicators/chart.py" line="+81" />
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last week</source>
        <translation>la semaine dernière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last month</source>
        <translation>le mois dernier</translation>
    </message>
    <message>
        <location line="+3" />
        <source> · same time %1: %2</source>
        <translation> · à la même heure %1 : %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../agentdesk/ui/closed/export.py" line="+56" />
        <source>The search index was still being built: the file may miss some conversations.</source>
        <translation>L'index de recherche était encore en construction : il peut manquer des conversations dans le fichier.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Exporting… %1 of %2</source>
        <translation>Export en cours… %1 sur %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="-117" />
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>Choisir les jours…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rated %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passives (7–8)</source>
        <translation>Passifs (7–8)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any rating (0–10)</source>
        <translation>Toutes les notes (0–10)</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/tile.py" line="+85" />
        <source>Show these conversations</source>
        <translation>Voir ces conversations</translation>
    </message>
</context>
<context>
    <name>IndicatorWords</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/words.py" line="+21" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handling time</source>
        <translation>Temps de traitement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First response time</source>
        <translation>Première réponse</translation>
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
        <translation>Chiffre d'affaires</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yesterday: %1</source>
        <translation>Hier : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last week: %1</source>
        <translation>S-1 : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month: %1</source>
        <translation>M-1 : %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS points</source>
        <translation>Points NPS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Today, %1 – now</source>
        <translation>Aujourd'hui, %1 – maintenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week, %1 – now</source>
        <translation>Cette semaine, %1 – maintenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month, %1 – now</source>
        <translation>Ce mois-ci, %1 – maintenant</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Compared with the whole of last month, which was shorter: %1</source>
        <translation>Comparé à tout le mois dernier, plus court : %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Compared with the same span yesterday: %1</source>
        <translation>Comparé à la même plage hier : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compared with the same span last week: %1</source>
        <translation>Comparé à la même plage la semaine dernière : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compared with the same span last month: %1</source>
        <translation>Comparé à la même plage le mois dernier : %1</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/page.py" line="+83" />
        <source>How am I doing?</source>
        <translation>Où en suis-je ?</translation>
    </message>
    <message>
        <location line="+135" />
        <source>The first sync is under way. Your indicators appear here as soon as the first conversations are stored.</source>
        <translation>La première synchro est en cours. Vos indicateurs apparaîtront ici dès que les premières conversations seront enregistrées.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing has been synced yet. Your indicators appear here after the first sync with the platform.</source>
        <translation>Rien n'a encore été synchronisé. Vos indicateurs apparaîtront ici après la première synchro avec la plateforme.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your administrator has not chosen any indicator to show.</source>
        <translation>Votre administrateur n'a choisi aucun indicateur à afficher.</translation>
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
        <translation>%1 — espace de démonstration</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+201" />
        <source>The server no longer accepts the token in the AGENTDESK_TOKEN environment variable. AgentDesk uses that token while the variable is set: replace it and start AgentDesk again.</source>
        <translation>Le serveur n'accepte plus le jeton de la variable d'environnement AGENTDESK_TOKEN. AgentDesk utilise ce jeton tant que la variable existe : remplacez-le et relancez AgentDesk.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server no longer accepts your sign-in; sign in again to keep syncing.</source>
        <translation>Le serveur n'accepte plus votre connexion ; reconnectez-vous pour continuer la synchro.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>You are still signed in: AgentDesk uses the token in the AGENTDESK_TOKEN environment variable while it is set. To sign out, remove the variable and start AgentDesk again.</source>
        <translation>Vous êtes toujours connecté : AgentDesk utilise le jeton de la variable d'environnement AGENTDESK_TOKEN tant qu'elle existe. Pour vous déconnecter, supprimez la variable et relancez AgentDesk.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Offline — the server cannot be reached and nothing is synced yet.</source>
        <translation>Hors ligne — le serveur est injoignable et rien n'est encore synchronisé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline — showing what was synced %1.</source>
        <translation>Hors ligne — données synchronisées %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../agentdesk/ui/pages.py" line="+73" />
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>PausedPage</name>
    <message>
        <location filename="../../agentdesk/ui/paused/page.py" line="+85" />
        <source>What can I pick up again?</source>
        <translation>Que puis-je reprendre ?</translation>
    </message>
    <message numerus="yes">
        <location line="+151" />
        <source>Paused conversations you can still reopen: %n</source>
        <translation>
            <numerusform>Conversations en pause que vous pouvez encore rouvrir : %n</numerusform>
            <numerusform>Conversations en pause que vous pouvez encore rouvrir : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n can still be reopened</source>
        <translation>
            <numerusform>%n encore à rouvrir</numerusform>
            <numerusform>%n encore à rouvrir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PausedTable</name>
    <message>
        <location filename="../../agentdesk/ui/paused/table.py" line="+19" />
        <source>Paused conversations</source>
        <translation>Conversations en pause</translation>
    </message>
</context>
<context>
    <name>PausedTableModel</name>
    <message>
        <location filename="../../agentdesk/ui/paused/model.py" line="+104" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused at</source>
        <translation>Mise en pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
</context>
<context>
    <name>PausedWords</name>
    <message>
        <location filename="../../agentdesk/ui/paused/words.py" line="+28" />
        <source>no deadline</source>
        <translation>pas d'échéance</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deadline passed</source>
        <translation>échéance dépassée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in less than a minute</source>
        <translation>dans moins d'une minute</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>in %n min</source>
        <translation><numerusform>dans %n min</numerusform><numerusform>dans %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>in %n h</source>
        <translation><numerusform>dans %n h</numerusform><numerusform>dans %n h</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>in %n d</source>
        <translation><numerusform>dans %n j</numerusform><numerusform>dans %n j</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>in %1 d %2 h</source>
        <translation>dans %1 j %2 h</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else</source>
        <translation>Quelqu'un d'autre</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select a conversation to see whether you can reopen it.</source>
        <translation>Sélectionnez une conversation pour voir si vous pouvez la rouvrir.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assigned to you: reopening puts it back in your web console.</source>
        <translation>Assignée à vous : la rouvrir la remet dans votre console web.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unassigned: reopening assigns it to you and puts it in your web console.</source>
        <translation>Non assignée : la rouvrir vous l'assigne et la met dans votre console web.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unassigned: tick “Assign to me” to take it, then reopen it.</source>
        <translation>Non assignée : cochez « M'assigner » pour la prendre, puis rouvrez-la.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The pause deadline has passed: it can no longer be reopened from here.</source>
        <translation>L'échéance de la pause est dépassée : elle ne peut plus être rouverte d'ici.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assigned to someone else: only they can reopen it.</source>
        <translation>Assignée à quelqu'un d'autre : seule cette personne peut la rouvrir.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It is not paused any more.</source>
        <translation>Elle n'est plus en pause.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopening needs the server, which cannot be reached: try again once you are online.</source>
        <translation>Rouvrir demande le serveur, qui est injoignable : réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reopening…</source>
        <translation>Réouverture…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No paused conversations.

When you pause one in the web console, it appears here with its deadline after the next sync.</source>
        <translation>Aucune conversation en pause.

Quand vous en mettez une en pause dans la console web, elle apparaît ici avec son échéance après la prochaine synchro.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing is synced yet. Your paused conversations appear here after the first sync with the platform.</source>
        <translation>Rien n'est encore synchronisé. Vos conversations en pause apparaîtront ici après la première synchro avec la plateforme.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reopened %1 (%2): it is yours again in the web console.</source>
        <translation>%1 rouverte (%2) : elle est de nouveau à vous dans la console web.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The server did not reopen %1: its pause deadline passed in the meantime.</source>
        <translation>Le serveur n'a pas rouvert %1 : l'échéance de sa pause est passée entre-temps.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server did not reopen %1: it is assigned to someone else now.</source>
        <translation>Le serveur n'a pas rouvert %1 : elle est maintenant assignée à quelqu'un d'autre.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server did not reopen %1: it is not paused any more (closed or reopened elsewhere).</source>
        <translation>Le serveur n'a pas rouvert %1 : elle n'est plus en pause (clôturée ou rouverte ailleurs).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server did not reopen %1: %2</source>
        <translation>Le serveur n'a pas rouvert %1 : %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was not reopened: the server cannot be reached, and reopening needs it.</source>
        <translation>%1 n'a pas été rouverte : le serveur est injoignable, et il est nécessaire pour rouvrir.</translation>
    </message>
</context>
<context>
    <name>PeriodSwitch</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/period_switch.py" line="+23" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>ReopenBox</name>
    <message>
        <location filename="../../agentdesk/ui/paused/actions.py" line="+30" />
        <source>&amp;Assign to me</source>
        <translation>M'&amp;assigner</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+26" />
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reopening needs the server</source>
        <translation>Rouvrir demande le serveur</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../agentdesk/ui/closed/search_field.py" line="+19" />
        <source>Search words, a “phrase” or an id (Ctrl+F)</source>
        <translation>Chercher des mots, une « phrase » ou un id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search closed conversations</source>
        <translation>Chercher dans les conversations clôturées</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../agentdesk/ui/sign_in.py" line="+68" />
        <source>Sign in to AgentDesk</source>
        <translation>Connexion à AgentDesk</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sign in with your contact-center account to see your indicators.</source>
        <translation>Connectez-vous avec votre compte du centre de contact pour voir vos indicateurs.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Find it in Chatwoot under Profile settings ▸ Access token.</source>
        <translation>Vous le trouverez dans Chatwoot, sous Paramètres du profil ▸ Jeton d'accès.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d'accès :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+210" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-194" />
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l'espace de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign in for this session &amp;only</source>
        <translation>Se connecter pour cette session &amp;seulement</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+176" />
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Fill in the server's address and your access token.</source>
        <translation>Indiquez l'adresse du serveur et votre jeton d'accès.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+12" />
        <source>Fill in the server, your login and your password.</source>
        <translation>Renseignez le serveur, votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Paste your access token from Chatwoot's profile settings.</source>
        <translation>Collez le jeton d'accès de vos paramètres de profil Chatwoot.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a time zone from the list, like Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>You are in several Chatwoot accounts: choose one, then sign in.</source>
        <translation>Vous êtes membre de plusieurs comptes Chatwoot : choisissez-en un, puis connectez-vous.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../agentdesk/ui/sync_controller.py" line="+211" />
        <source>The conversations are synced, but the search index could not be updated. Indicators, paused conversations, exports and search by id or filters still work; word searches miss what this sync brought until the index is updated (at the next start).</source>
        <translation>Les conversations sont synchronisées, mais l'index de recherche n'a pas pu être mis à jour. Les indicateurs, les conversations en pause, les exports et la recherche par identifiant ou par filtres fonctionnent ; la recherche par mots ne trouvera pas ce que cette synchronisation a apporté tant que l'index n'est pas à jour (au prochain démarrage).</translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message>
        <location filename="../../agentdesk/ui/status_area.py" line="+39" />
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline · last synced %1</source>
        <translation>Hors ligne · dernière synchro %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Up to date · %1 new, %2 updated</source>
        <translation>À jour · %1 nouvelles, %2 mises à jour</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Syncing paused conversations… %1 fetched</source>
        <translation>Synchro des conversations en pause… %1 reçues</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Syncing closed conversations… %1 fetched</source>
        <translation>Synchro des conversations clôturées… %1 reçues</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Updating the search index… %1 of %2</source>
        <translation>Mise à jour de l'index de recherche… %1 sur %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Updating the search index…</source>
        <translation>Mise à jour de l'index de recherche…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncing…</source>
        <translation>Synchro…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../agentdesk/ui/tasks.py" line="+35" />
        <source>AgentDesk hit an unexpected error (a bug, not something you did).</source>
        <translation>AgentDesk a rencontré une erreur inattendue (un bug, pas une erreur de votre part).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The details are in %1.</source>
        <translation>Les détails sont dans %1.</translation>
    </message>
</context>
<context>
    <name>TileState</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/presentation.py" line="+64" />
        <location line="+15" />
        <location line="+20" />
        <source>no trend</source>
        <translation>pas de tendance</translation>
    </message>
    <message>
        <location line="-32" />
        <source>no change</source>
        <translation>sans changement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from 0</source>
        <translation>depuis 0</translation>
    </message>
    <message>
        <location line="+7" />
        <source>up</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>down</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location line="+4" />
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bad</source>
        <translation>mauvais</translation>
    </message>
    <message>
        <location line="+9" />
        <source>from {platform}</source>
        <translation>depuis {platform}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>TileWords</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/tile_words.py" line="+67" />
        <source>no trend</source>
        <translation>pas de tendance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stable (0 both times)</source>
        <translation>stable (0 les deux fois)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>up from 0</source>
        <translation>en hausse depuis 0</translation>
    </message>
    <message>
        <location line="+12" />
        <source>up %1</source>
        <translation>en hausse de %1</translation>
    </message>
    <message>
        <location line="-1" />
        <source>down %1</source>
        <translation>en baisse de %1</translation>
    </message>
    <message>
        <location line="-43" />
        <source>no rated conversation in this span</source>
        <translation>aucune conversation notée sur cette plage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no NPS answer in this span</source>
        <translation>aucune réponse NPS sur cette plage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no transaction in this span</source>
        <translation>aucune transaction sur cette plage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no conversation closed in this span</source>
        <translation>aucune conversation clôturée sur cette plage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no agent reply to a contact in this span</source>
        <translation>aucune réponse d'un conseiller à un client sur cette plage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing to measure in this span</source>
        <translation>rien à mesurer sur cette plage</translation>
    </message>
    <message>
        <location line="+21" />
        <source>stable (no change)</source>
        <translation>stable (aucun changement)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>down from 0</source>
        <translation>en baisse depuis 0</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stable (%1)</source>
        <translation>stable (%1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 this month so far (%2): %3, against %4 over the whole of last month, which was shorter (%5): %6.</source>
        <translation>%1 ce mois-ci pour l'instant (%2) : %3, contre %4 sur tout le mois dernier, plus court (%5) : %6.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 today so far (%2): %3, against %4 over the same span yesterday (%5): %6.</source>
        <translation>%1 aujourd'hui pour l'instant (%2) : %3, contre %4 sur la même plage hier (%5) : %6.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 this week so far (%2): %3, against %4 over the same span last week (%5): %6.</source>
        <translation>%1 cette semaine pour l'instant (%2) : %3, contre %4 sur la même plage la semaine dernière (%5) : %6.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 this month so far (%2): %3, against %4 over the same span last month (%5): %6.</source>
        <translation>%1 ce mois-ci pour l'instant (%2) : %3, contre %4 sur la même plage le mois dernier (%5) : %6.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: not available from %2.</source>
        <translation>%1 : non disponible sur %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>From %n answer(s).</source>
        <translation><numerusform>Réponses : %n.</numerusform><numerusform>Réponses : %n.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too few to judge.</source>
        <translation>Trop peu pour juger.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not included: %1.</source>
        <translation>Non compté : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 in %2 (%n conversation(s))</source>
        <translation><numerusform>%1 en %2 (%n conversation)</numerusform><numerusform>%1 en %2 (%n conversations)</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <location filename="../../agentdesk/ui/time_words.py" line="+64" />
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synced just now</source>
        <translation>Synchronisé à l'instant</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Synced %n min ago</source>
        <translation><numerusform>Synchronisé il y a %n min</numerusform><numerusform>Synchronisé il y a %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Synced %n h ago</source>
        <translation><numerusform>Synchronisé il y a %n h</numerusform><numerusform>Synchronisé il y a %n h</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
</context>
<context>
    <name>TodayHost</name>
    <message>
        <location filename="../../agentdesk/ui/today_host.py" line="+39" />
        <source>&amp;Today widget</source>
        <translation>Widget &amp;Aujourd'hui</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/today.py" line="+49" />
        <source>Today — AgentDesk</source>
        <translation>Aujourd'hui — AgentDesk</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open the dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Offline — these figures were synced %1.</source>
        <translation>Hors ligne — chiffres synchronisés %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Offline — nothing is synced yet.</source>
        <translation>Hors ligne — rien n'est encore synchronisé.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep on top</source>
        <translation>Toujours au premier plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep this window above the others</source>
        <translation>Garder cette fenêtre au-dessus des autres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Nothing synced yet.</source>
        <translation>Rien de synchronisé pour l'instant.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No indicator chosen by your administrator.</source>
        <translation>Aucun indicateur choisi par votre administrateur.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/transcript_view.py" line="+34" />
        <source>Copy message</source>
        <translation>Copier le message</translation>
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
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../agentdesk/ui/window_menus.py" line="+33" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh and sync</source>
        <translation>&amp;Actualiser et synchroniser</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+21" />
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Sync every</source>
        <translation>S&amp;ynchroniser toutes les</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About AgentDesk</source>
        <translation>À &amp;propos d'AgentDesk</translation>
    </message>
</context>
</TS>

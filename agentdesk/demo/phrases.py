"""What contacts, agents and bots say, per language (French, Spanish, English, Indonesian).

Templates take ``{first}`` (the contact's first name), ``{last}``, ``{agent}`` (the agent's first
name), ``{order}`` (an order number such as ``CMD-5012``), ``{product}`` and ``{amount}``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Phrases:
    openers: dict[str, tuple[str, ...]]
    agent_greetings: tuple[str, ...]
    contact_followups: tuple[str, ...]
    agent_followups: tuple[str, ...]
    contact_thanks: tuple[str, ...]
    agent_closings: tuple[str, ...]
    bot_greetings: tuple[str, ...]
    bot_answers: tuple[str, ...]
    agent_holds: tuple[str, ...]


FRENCH = Phrases(
    openers={
        "billing": (
            "Bonjour, j'ai été débité deux fois pour la commande {order}, je veux être remboursé.",
            "Bonjour, je ne trouve pas la facture de ma commande {order}.",
            "Bonsoir, le montant prélevé pour {order} ne correspond pas à ce que j'ai payé.",
        ),
        "delivery": (
            "Bonjour, ma commande {order} devait arriver hier et je n'ai toujours rien reçu.",
            "Bonjour, le suivi de la commande {order} est bloqué depuis une semaine.",
            "Est-ce que je peux changer l'adresse de livraison de {order} ?",
        ),
        "returns": (
            "Bonjour, la {product} reçue avec la commande {order} est cassée, je voudrais un "
            "remboursement.",
            "Je souhaite retourner la {product} de ma commande {order}, elle ne me convient pas.",
            "Bonjour, j'ai renvoyé le colis {order} il y a dix jours, où en est le remboursement ?",
        ),
        "product": (
            "Bonjour, ma {product} fait un bruit étrange depuis ce matin, est-ce normal ?",
            "Comment détartrer la {product} achetée avec la commande {order} ?",
            "La garantie de ma {product} couvre-t-elle une panne après dix-huit mois ?",
        ),
        "account": (
            "Bonjour, je n'arrive plus à me connecter à mon compte, le mot de passe est refusé.",
            "Je voudrais supprimer mon compte et mes données personnelles, s'il vous plaît.",
            "Bonjour, comment modifier mon adresse e-mail sur mon espace client ?",
        ),
        "sales": (
            "Bonjour, la {product} sera-t-elle de nouveau en stock avant Noël ?",
            "Avez-vous un code promo pour une deuxième {product} ?",
            "Bonjour, je voudrais un devis pour dix exemplaires de la {product}.",
        ),
    },
    agent_greetings=(
        "Bonjour {first}, je m'appelle {agent}, je regarde votre commande {order}.",
        "Bonjour {first}, merci pour votre message. Je vérifie tout de suite.",
        "Bonjour {first} ! Pouvez-vous me confirmer le numéro de commande, {order} ?",
    ),
    contact_followups=(
        "Oui, c'est bien la commande {order}.",
        "Je vous envoie une photo de la {product}.",
        "D'accord, et combien de temps faut-il attendre ?",
        "C'est la deuxième fois que ça arrive, je suis un peu déçu.",
        "Merci, je patiente.",
        "Vous pouvez me rappeler sur mon téléphone ?",
    ),
    agent_followups=(
        "Je comprends tout à fait, je suis désolé pour ce désagrément.",
        "C'est noté, je lance le remboursement de {amount} € sur votre moyen de paiement.",
        "Le transporteur indique une livraison demain avant 13 h.",
        "Je vous envoie l'étiquette de retour par e-mail.",
        "J'ai transmis votre demande au service technique.",
        "Votre compte est débloqué, vous pouvez réessayer.",
    ),
    contact_thanks=(
        "Merci beaucoup, bonne journée !",
        "Parfait, merci pour votre aide.",
        "Super, merci {agent} !",
    ),
    agent_closings=(
        "Avec plaisir {first}, excellente journée !",
        "Je clôture la conversation, n'hésitez pas à revenir vers nous.",
        "Merci {first}, à bientôt sur notre boutique.",
    ),
    bot_greetings=(
        "Bonjour ! Je suis l'assistant virtuel. Un conseiller va vous répondre.",
        "Bienvenue ! Décrivez votre demande, un agent arrive dans quelques instants.",
    ),
    bot_answers=(
        "Vous pouvez suivre votre colis dans l'espace « Mes commandes ».",
        "Nos conseillers sont disponibles du lundi au vendredi de 8 h à 19 h.",
        "Voici notre guide des retours : https://demo.agentdesk/retours",
    ),
    agent_holds=(
        "Je vérifie avec l'entrepôt et je reviens vers vous.",
        "J'attends la réponse du transporteur, je mets la conversation en pause.",
        "Pouvez-vous m'envoyer une photo de l'étiquette ? Je reprends dès réception.",
    ),
)

SPANISH = Phrases(
    openers={
        "billing": (
            "Hola, me han cobrado dos veces el pedido {order}, quiero un reembolso.",
            "Buenas tardes, no encuentro la factura del pedido {order}.",
        ),
        "delivery": (
            "Hola, mi pedido {order} no ha llegado todavía y ya pasó la fecha.",
            "Buenos días, ¿dónde está mi paquete {order}? El seguimiento no cambia.",
        ),
        "returns": (
            "Hola, soy la señora {last}, mi {product} del pedido {order} llegó roto.",
            "Quiero devolver mi {product} del pedido {order}, ¿cómo lo hago?",
        ),
        "product": (
            "Hola, mi {product} no enciende desde ayer, ¿qué puedo hacer?",
            "¿Su {product} es compatible con el cargador de mi teléfono?",
        ),
        "account": (
            "No puedo iniciar sesión, dice que mi contraseña es incorrecta.",
            "Hola, quiero cambiar el número de teléfono de mi cuenta.",
        ),
        "sales": (
            "Hola, ¿tienen descuento si compro dos {product}?",
            "¿Cuándo vuelve a estar disponible su {product}?",
        ),
    },
    agent_greetings=(
        "Hola {first}, soy {agent}, ahora reviso su pedido {order}.",
        "Buenos días {first}, gracias por escribirnos. Lo compruebo enseguida.",
    ),
    contact_followups=(
        "Sí, el número es {order}.",
        "Le mando una foto, mire cómo está mi {product}.",
        "¿Cuánto tiempo tarda el reembolso?",
        "Es la segunda vez que me pasa, señora.",
        "Gracias, espero.",
    ),
    agent_followups=(
        "Lo siento mucho por las molestias.",
        "He solicitado el reembolso de {amount} €, lo verá en 3 a 5 días.",
        "El transportista entregará el paquete mañana por la mañana.",
        "Le envío la etiqueta de devolución por correo electrónico.",
    ),
    contact_thanks=("¡Muchas gracias, muy amable!", "Perfecto, gracias por la ayuda."),
    agent_closings=(
        "Un placer ayudarle, {first}. ¡Que tenga un buen día!",
        "Cierro la conversación, no dude en volver a escribirnos.",
    ),
    bot_greetings=(
        "¡Hola! Soy el asistente virtual. Un agente le atenderá en breve.",
        "Bienvenido. Cuéntenos su consulta, enseguida le atendemos.",
    ),
    bot_answers=(
        "Puede seguir su pedido en la sección «Mis pedidos».",
        "Nuestro horario de atención es de lunes a viernes, de 8:00 a 19:00.",
    ),
    agent_holds=(
        "Estoy consultando con el almacén, le respondo en cuanto sepa algo.",
        "Espero la respuesta del transportista, dejo la conversación en pausa.",
    ),
)

ENGLISH = Phrases(
    openers={
        "billing": (
            "Hi, I was charged twice for order {order}, I'd like a refund please.",
            "Hello, where can I download the invoice for {order}?",
        ),
        "delivery": (
            "Hi, my order {order} was due yesterday and nothing has arrived.",
            "The tracking for {order} hasn't moved in a week, can you check?",
        ),
        "returns": (
            "Hi, I'd like a refund for order {order}, the {product} arrived broken.",
            "How do I return the {product} from order {order}?",
        ),
        "product": (
            "My {product} stopped working after two weeks, is it under warranty?",
            "Is the {product} compatible with UK plugs?",
        ),
        "account": (
            "I can't log in to my account, the reset email never arrives.",
            "Please delete my account and my personal data.",
        ),
        "sales": (
            "Do you have a discount code for a second {product}?",
            "When will the {product} be back in stock?",
        ),
    },
    agent_greetings=(
        "Hi {first}, I'm {agent}, let me look at order {order} for you.",
        "Hello {first}, thanks for reaching out. Checking this right now.",
    ),
    contact_followups=(
        "Yes, it's order {order}.",
        "Sending you a photo of the {product} now.",
        "How long will the refund take?",
        "Thanks, I'll wait.",
        "This is the second time it happens.",
    ),
    agent_followups=(
        "I'm really sorry about that.",
        "I've issued a refund of €{amount}, you'll see it within 3 to 5 days.",
        "The carrier confirms delivery tomorrow before 1 pm.",
        "I've emailed you a prepaid return label.",
    ),
    contact_thanks=("Thank you so much!", "Great, thanks for your help."),
    agent_closings=(
        "You're welcome {first}, have a lovely day!",
        "I'll close this chat now, feel free to come back any time.",
    ),
    bot_greetings=(
        "Hi! I'm the virtual assistant. An agent will be with you shortly.",
        "Welcome! Tell us what you need and an agent will join in a moment.",
    ),
    bot_answers=(
        "You can track your parcel under 'My orders'.",
        "Our agents are available Monday to Friday, 8 am to 7 pm (Paris time).",
    ),
    agent_holds=(
        "I'm checking with the warehouse and will get back to you.",
        "Waiting for the carrier's answer, I'm pausing the conversation.",
    ),
)

INDONESIAN = Phrases(
    openers={
        "billing": (
            "Halo, saya ingin pengembalian dana untuk pesanan {order}, saya ditagih dua kali.",
            "Selamat siang, di mana saya bisa mengunduh faktur pesanan {order}?",
        ),
        "delivery": (
            "Halo, pesanan {order} belum sampai padahal sudah lewat tanggalnya.",
            "Status pengiriman {order} tidak berubah sejak minggu lalu.",
        ),
        "returns": (
            "Halo, {product} dari pesanan {order} rusak, saya minta pengembalian dana.",
            "Bagaimana cara mengembalikan {product} dari pesanan {order}?",
        ),
        "product": (
            "{product} saya tidak bisa menyala, apakah masih bergaransi?",
            "Apakah {product} ini cocok untuk pemakaian sehari-hari?",
        ),
        "account": (
            "Saya tidak bisa masuk ke akun saya, kata sandinya ditolak.",
            "Tolong hapus akun dan data pribadi saya.",
        ),
        "sales": (
            "Apakah ada diskon kalau saya beli dua {product}?",
            "Kapan {product} tersedia lagi?",
        ),
    },
    agent_greetings=(
        "Halo {first}, saya {agent}, saya cek pesanan {order} dulu ya.",
        "Selamat siang {first}, terima kasih sudah menghubungi kami.",
    ),
    contact_followups=(
        "Ya, nomor pesanannya {order}.",
        "Saya kirim foto {product} sekarang.",
        "Berapa lama proses pengembalian dana?",
        "Baik, saya tunggu.",
    ),
    agent_followups=(
        "Mohon maaf atas ketidaknyamanannya.",
        "Pengembalian dana sebesar {amount} € sudah kami proses.",
        "Kurir akan mengantar paket besok pagi.",
        "Label pengembalian sudah kami kirim lewat email.",
    ),
    contact_thanks=("Terima kasih banyak!", "Oke, terima kasih atas bantuannya."),
    agent_closings=(
        "Sama-sama {first}, semoga harinya menyenangkan!",
        "Percakapan ini saya tutup, silakan hubungi kami lagi kapan saja.",
    ),
    bot_greetings=(
        "Halo! Saya asisten virtual. Agen kami akan segera membalas.",
        "Selamat datang! Silakan tulis pertanyaan Anda.",
    ),
    bot_answers=(
        "Anda bisa melacak paket di menu 'Pesanan Saya'.",
        "Agen kami tersedia Senin sampai Jumat, pukul 08.00–19.00 waktu Paris.",
    ),
    agent_holds=(
        "Saya cek ke gudang dulu, nanti saya kabari.",
        "Menunggu jawaban kurir, percakapan saya jeda dulu.",
    ),
)

PHRASES: dict[str, Phrases] = {"fr": FRENCH, "es": SPANISH, "en": ENGLISH, "id": INDONESIAN}

"""The demo generator's vocabulary: languages, categories, tags, names and products, and the
system messages and closing notes, written in the agent's language (French) as the platform would.

Notes take ``{order}`` (an order number such as ``CMD-5012``), ``{product}`` and ``{amount}``;
system messages take ``{agent}``. What people say is in ``phrases.py``.
"""

from __future__ import annotations

LANGUAGES = ("fr", "es", "en", "id")
LANGUAGE_WEIGHTS = (45, 20, 20, 15)

CATEGORIES = ("billing", "delivery", "returns", "product", "account", "sales")
CATEGORY_WEIGHTS = (20, 25, 18, 15, 10, 12)

CATEGORY_TAGS: dict[str, tuple[str, ...]] = {
    "billing": ("refund", "invoice", "double-charge", "payment"),
    "delivery": ("late-delivery", "tracking", "carrier", "address-change"),
    "returns": ("refund", "exchange", "damaged", "return-label"),
    "product": ("how-to", "warranty", "compatibility", "defect"),
    "account": ("password", "login", "gdpr", "newsletter"),
    "sales": ("quote", "upsell", "promo-code", "stock"),
}
GENERIC_TAGS = ("urgent", "follow-up", "escalated", "first-contact")

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "fr": (
        "Inès",
        "Zoé",
        "Hélène",
        "Léa",
        "Céline",
        "François",
        "Jérôme",
        "Mathéo",
        "Noémie",
        "Benoît",
        "Anaïs",
        "Gaëlle",
        "Loïc",
        "Chloé",
        "Étienne",
        "Thomas",
        "Camille",
        "Julien",
    ),
    "es": (
        "María",
        "José",
        "Begoña",
        "Lucía",
        "Andrés",
        "Inés",
        "Sofía",
        "Álvaro",
        "Nuria",
        "Raúl",
        "Ángela",
        "Joaquín",
        "Carmen",
        "Iñaki",
    ),
    "en": (
        "Emma",
        "Oliver",
        "Amelia",
        "Harry",
        "Chloe",
        "Jack",
        "Grace",
        "Noah",
        "Isla",
        "Liam",
        "Zoë",
        "Renée",
    ),
    "id": (
        "Siti",
        "Budi",
        "Dewi",
        "Agus",
        "Putri",
        "Rizky",
        "Ayu",
        "Bayu",
        "Intan",
        "Wahyu",
        "Nur",
        "Eko",
    ),
}
LAST_NAMES: dict[str, tuple[str, ...]] = {
    "fr": (
        "Martin",
        "Lefèvre",
        "Dubois",
        "Moreau",
        "Girard",
        "Lemaître",
        "Roussel",
        "Bérard",
        "Fournier",
        "Chevalier",
        "Gauthier",
        "Noël",
        "Hébert",
    ),
    "es": (
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Fernández",
        "Ibáñez",
        "Muñoz",
        "Jiménez",
        "Núñez",
    ),
    "en": (
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "O'Connor",
        "Evans",
        "Walker",
        "Hughes",
    ),
    "id": (
        "Santoso",
        "Wijaya",
        "Pratama",
        "Saputra",
        "Hidayat",
        "Kusuma",
        "Siregar",
        "Nasution",
        "Lestari",
        "Setiawan",
    ),
}
PRODUCTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "cafetière",
        "bouilloire",
        "machine à pain",
        "friteuse",
        "enceinte",
        "théière",
        "lampe de chevet",
        "perceuse",
    ),
    "es": ("teléfono", "cafetera", "auriculares", "batidora", "plancha", "cámara", "tostadora"),
    "en": ("kettle", "headphones", "phone case", "vacuum cleaner", "coffee grinder", "toaster"),
    "id": ("ponsel", "sepatu", "tas", "kemeja", "rice cooker", "headset", "blender"),
}

SYSTEM_ASSIGNED = "Conversation attribuée à {agent}."
SYSTEM_CLOSED = "Conversation clôturée par {agent}."
SYSTEM_AUTO_CLOSED = "Conversation clôturée automatiquement : aucun agent disponible."
SYSTEM_PAUSED = "Conversation mise en pause par {agent}."
SYSTEM_TRANSFERRED = "Conversation transférée à la file « Support niveau 2 »."
SYSTEM_REOPENED = "Conversation rouverte par {agent}."

CLOSING_NOTES: dict[str, tuple[str, ...]] = {
    "billing": (
        "Remboursement émis pour la commande {order} ({amount} €).",
        "Double prélèvement confirmé sur {order}, remboursement demandé à la compta.",
        "Facture {order} renvoyée par e-mail.",
    ),
    "delivery": (
        "Colis {order} localisé chez le transporteur, livraison prévue demain.",
        "Adresse de livraison corrigée pour {order}.",
        "Réclamation ouverte auprès du transporteur pour {order}.",
    ),
    "returns": (
        "Étiquette de retour envoyée pour {order}.",
        "Échange validé ({product}) : remboursement de {amount} € à réception du retour.",
    ),
    "product": (
        "Procédure de détartrage expliquée, client satisfait.",
        "Panne sous garantie : prise en charge SAV pour {order}.",
    ),
    "account": (
        "Mot de passe réinitialisé, accès rétabli.",
        "Demande RGPD de suppression transmise au DPO.",
    ),
    "sales": (
        "Code promo BIENVENUE10 envoyé, commande {order} passée.",
        "Devis envoyé : 10 × {product}.",
    ),
}

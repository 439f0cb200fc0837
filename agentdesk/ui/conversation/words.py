"""The words the window uses for a conversation's closed sets: channels, contact types, senders.

Each is a literal ``translate`` call (``lupdate`` finds them); a value the platform added later
is shown as it was sent, never dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.models import SenderType


def channel_name(channel: str) -> str:
    names = {
        "chat": QCoreApplication.translate("ConversationWords", "Chat"),
        "whatsapp": QCoreApplication.translate("ConversationWords", "WhatsApp"),
        "messenger": QCoreApplication.translate("ConversationWords", "Messenger"),
        "instagram": QCoreApplication.translate("ConversationWords", "Instagram"),
        "email": QCoreApplication.translate("ConversationWords", "Email"),
        "sms": QCoreApplication.translate("ConversationWords", "SMS"),
        "voice": QCoreApplication.translate("ConversationWords", "Voice"),
        "apple_messages": QCoreApplication.translate("ConversationWords", "Apple Messages"),
    }
    return names.get(channel, channel)


def contact_type_name(kind: str | None) -> str:
    if kind is None:
        return "—"
    names = {
        "new": QCoreApplication.translate("ConversationWords", "New contact"),
        "returning": QCoreApplication.translate("ConversationWords", "Returning contact"),
        "vip": QCoreApplication.translate("ConversationWords", "VIP"),
    }
    return names.get(kind, kind)


def sender_name(
    sender: SenderType, sender_id: str | None, *, contact: str, agent_id: str | None
) -> str:
    """Who wrote a message, as the agent reads it: the contact's name, "You" for the agent's
    own messages, "Agent u-12" for a colleague's."""
    if sender is SenderType.CONTACT:
        return contact
    if sender is SenderType.AGENT:
        if sender_id is None or sender_id == agent_id:
            return QCoreApplication.translate("ConversationWords", "You")
        return QCoreApplication.translate("ConversationWords", "Agent %1").replace("%1", sender_id)
    if sender is SenderType.BOT:
        return QCoreApplication.translate("ConversationWords", "Bot")
    return QCoreApplication.translate("ConversationWords", "System")

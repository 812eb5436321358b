"""Local contacts shown in the emergency route and in advice (Coventry defaults)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contacts:
    area: str = "Coventry"
    emergency: str = "999"
    front_door: str = "Coventry MASH (Multi-Agency Safeguarding Hub): 024 7678 8555"
    front_door_referral: str = "the online Multi-Agency Referral Form"
    out_of_hours: str = "Emergency Duty Team: 024 7683 2222"
    lado: str = "the LADO (Local Authority Designated Officer)"
    threshold_document: str = "Right help, right time"
    escalation: str = "the Coventry escalation policy in the West Midlands procedures"


DEFAULT_CONTACTS = Contacts()

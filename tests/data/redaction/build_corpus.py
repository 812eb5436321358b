#!/usr/bin/env python3
"""Build the labelled redaction test corpus.

Writes, next to this file:

* ``corpus.jsonl``      – safeguarding messages with gold identifier spans.
* ``clean_prose.jsonl`` – identifier-free safeguarding prose (false-positive bait).

Corpus lines are written below with inline markers ``[[TYPE:surface text]]``.
The builder strips the markers and computes exact Python string offsets
(``start`` inclusive, ``end`` exclusive). Two special markers generate NHS
numbers that pass the mod-11 check: ``[[NHS:auto]]`` ("943 476 5919" style)
and ``[[NHS:auto-plain]]`` ("9434765919" style).

Labelling conventions:

* NAME covers the name words only: no title ("Mr", "Dr", "PC"), no possessive
  "'s", no relationship word ("Mum", "uncle"). Initials ("JS") count as NAME.
* DATE covers the date only, not a "DOB"/"born" prefix. Ages, weekdays, bare
  months and school years are never labelled.
* ADDRESS covers the street part (with flat/house name); town is not labelled;
  the postcode is its own POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.

The parser, validators, size targets and writer are shared with the holdout
builders in ``corpus_tools.py``; this file holds only the data and its spec.

Standard library only, deterministic, re-runnable:  python3 build_corpus.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # leave no __pycache__ next to the data

import corpus_tools as ct  # noqa: E402  (parser, validators, freshness check, writer)

# ---------------------------------------------------------------------------
# Corpus lines. One message per line; blank lines and lines starting with "#"
# are ignored. Lines with no markers are deliberate identifier-free messages.
# ---------------------------------------------------------------------------
CORPUS = r"""
Hi all, quick one – [[NAME:Jayden Smith]] (DOB [[DATE:12/03/2015]]) disclosed at breakfast club that his stepdad hit him with a belt. Do I go straight to MASH or speak to the DSL first?
Mum rang the office very upset, says [[NAME:Chidi]]'s dad turned up at [[ADDRESS:14 Elm Grove]], [[POSTCODE:CV2 4FT]] last night despite the non-molestation order. Is this one for Operation Encompass?
Health visitor here. [[NAME:Hodan Warsame]] is 34 weeks pregnant and has mentioned FGM in the wider family – her older daughter [[NAME:Ifrah]] is 6. Who do I share this with?
We've had three missing episodes in a fortnight and the young person keeps coming back with new trainers and a second phone. Is this enough for the CSE screening tool or should I wait for the return home interview?
Strategy meeting booked for Thursday re [[NAME:Kacper Nowak]], Year 9 at [[SCHOOL:Hillfield Academy]]. Police have asked for his mobile, which is [[PHONE:07700 900123]]. Can I pass this on without consent?
[[NAME:Priya Sharma]] from the school nursing team has asked me to forward the EHCP to [[EMAIL:p.sharma@example.org]] – is that okay if Dad hasn't agreed?
Mr [[NAME:Okonkwo]] has emailed to say he doesn't want CAMHS involved with [[NAME:Precious]]. Her NHS number is [[NHS:auto]] if anyone needs to check the GP record.
The Section 47 for [[NAME:Tyler Barnes]] (DOB [[DATE:3rd March 2019]]) was substantiated. The family have since moved to [[ADDRESS:Flat 3, 22 Station Road]], [[POSTCODE:B12 9QT]] – does Birmingham need to hold a transfer-in conference?
hi, new to this – is it ok to ring nan direct? her number is [[PHONE:024 7649 6012]] and she's the one picking [[NAME:poppy]] up now
Dr [[NAME:Rahman]] at the surgery has flagged bruising on a 4-month-old, [[NAME:Aarav Patel]], NHS number [[NHS:auto-plain]]. Non-mobile baby so I assume this goes straight to MASH?
[[MENTION:<@U024BE7LH>]] are you able to pick up the early help assessment for [[NAME:Eilidh Fraser]]? Mum has consented and wants a TAF meeting before Christmas.
Is a Prevent referral proportionate when a Year 8 pupil has been searching extremist content on a school laptop but there's no other concern? The DSL is off today and I don't want to overreact.
Can someone check whether [[NAME:Andrei Popescu]] (born [[DATE:2016-07-21]]) is already open to Children's Services? School say he's been sleeping in the car with Dad.
LADO query: a parent has alleged that Mr [[NAME:Hamish Drummond]], a PE teacher at [[SCHOOL:Oakridge High School]], has been sending her son messages on Snapchat. I have screenshots – who should I send them to?
[[NAME:Zainab Hussain]]'s aunt has told us she's being taken abroad in the summer holidays to get married. [[NAME:Zainab]] is 15. What's the quickest route – police, the Forced Marriage Unit or MASH?
Following the ICPC on [[DATE:14/02/2024]], [[NAME:Shanice Clarke]] and her two children are subject to a CP plan under neglect. New address is [[ADDRESS:45a Foxhill Road]], [[POSTCODE:CV1 4JQ]].
Please can you share the chronology with [[EMAIL:rhys.llewellyn@example.com]]? [[NAME:Rhys]] is the new allocated social worker in Wolverhampton.
Dad ([[NAME:Florin Stanciu]], [[PHONE:+44 7700 900456]]) says he'll only speak through a Romanian interpreter. The child, [[NAME:Bianca]], is in Reception.
Can I share [[NAME:Ngozi Nwosu]]'s NI number ([[NI:JT 12 34 56 A]]) with housing? She's fleeing domestic abuse and needs emergency accommodation tonight.
Just a heads up [[MENTION:@jsmith]] – [[NAME:Liam Dawson]] disclosed self-harm in PSHE today. The school nurse has seen him and I've called the CAMHS crisis line.
MARAC referral done for [[NAME:Tamika Francis]]. Perpetrator is [[NAME:Delroy Thompson]], last known address [[ADDRESS:9 Windmill Close]], [[POSTCODE:WV10 6QR]].
The health visitor has raised concerns about home conditions: no working cooker, dog mess on the floor and the baby sleeping on the sofa with Mum. Mum was tearful and asked for help. Would early help be enough here?
[[NAME:Oliwia Kowalczyk]] (Year 5, [[SCHOOL:St Brendan's RC Primary]]) has come in wearing the same clothes all week and is taking food from other children's lunchboxes.
Spoke to [[NAME:grace]] at lunch – she says mum's new boyfriend [[NAME:Kyle]] stays over most nights and shouts at her. Not sure if this meets threshold.
[[NAME:Mohammed Iqbal]] is 17 and becomes a care leaver next month. His PA needs his NI number – it's [[NI:AB123456C]] – is it okay to paste it here?
Does anyone know who the DSL is at [[SCHOOL:Little Acorns Nursery]]? I need to share a concern about [[NAME:Ruby Mason-Whyte]] before the strategy meeting.
Referral form link for anyone who needs it: [[URL:https://example.org/childrens-services/referral-form]] – remember you need consent unless it's a Section 47.
Police PPN received re an incident at [[ADDRESS:112 Hollybush Lane]], [[POSTCODE:CV6 4AB]] on [[DATE:March 3, 2024]]. Children present were [[NAME:Mateusz]] (7) and [[NAME:Zofia Wójcik]] (4).
[[NAME:Wei Zhang]]'s parents have asked that we don't share anything with school. He attends [[SCHOOL:Whitmore Park Primary]]. Is the DSL entitled to know about the CP plan?
The school nurse has flagged [[NAME:Siobhan O'Donnell]], Year 10, for rapid weight loss and a possible eating disorder. Her GP is Dr [[NAME:Ahmed]].
Hi, I'm a PCSO. Found a 12-year-old, [[NAME:Dominik Balog]], wandering near the ring road at 11pm. He says he lives at [[ADDRESS:27 Primrose Hill Street]] with his uncle. Who do I call out of hours?
Hi [[MENTION:<@U05QWERTY1>]], can you ring Mum back on [[PHONE:07700900789]]? She's asking about the CIN meeting for [[NAME:Kemar]].
Email the strategy minutes to [[EMAIL:mash.team@example.org]] and cc [[EMAIL:h.fenwick-jones@example.com]] please.
Year 11 student has disclosed that an older male is paying for her taxis and phone credit. She doesn't see a problem with it. I've logged it on CPOMS – do I call the MASH consultation line or complete the CSE screening tool first?
[[NAME:Marcus Campbell]] was excluded today. Mum says she can't cope and wants him accommodated under Section 20. Her mobile is [[PHONE:07700 900 321]].
Can I upload the photos from the home visit to [[URL:https://drive.example.com/file/d/1AbC9xYz/view]] or does everything need to go on Mosaic?
[[NAME:Harriet Fenwick-Jones]] (DSL) has asked whether we can share the CAMHS letter about [[NAME:Oliver Ashby-Clarke]] with the SENCo.
Teacher here – [[NAME:lukas]] told me his dad keeps a knife under the bed and "uses it when mum is bad". Police or MASH?
Need advice: [[NAME:Ahmad Wali Rahimi]] is an unaccompanied asylum-seeking child whose age is disputed. His solicitor says his DOB is [[DATE:01.01.2008]] but the Home Office have him as 19.
Baby [[NAME:Amara Eze]], born [[DATE:2024-01-09]], NHS [[NHS:auto]]. Mum [[NAME:Blessing Eze]] missed the 6-8 week check and isn't answering the door.
Has anyone got a contact for the Polish-speaking family support worker? The family live at [[ADDRESS:Flat 12, Kingfield House, Radley Road]], [[POSTCODE:CV6 3BQ]].
[[MENTION:@sarah.bennett]] the GP practice for [[NAME:Cerys Pritchard]] is asking for a copy of the CP plan. Can we email it to [[EMAIL:reception.hillside@example.org]] or should it go via NHS mail?
Mrs [[NAME:Kaur]] told the health visitor that her husband [[NAME:Gurpreet]] controls all the money and won't let her see her family. There's a 2-year-old, [[NAME:Simran]].
Operation Encompass notification for [[NAME:Callum McAllister]], Year 3 – police attended the home at 2am and Dad was arrested. Anything I should do before he arrives at school?
The Ring doorbell footage is at [[URL:www.example.com/share/vid-88213]] – can I forward this link to the social worker or is that a data breach?
Should the child's views be recorded in their own words in the referral, even if they swear? The social worker told me to paraphrase but I think the exact wording matters.
Mum's partner, [[NAME:Kristaps Bērziņš]], is a Schedule 1 offender according to police. He has moved in at [[ADDRESS:8 Larch Tree Avenue]], [[POSTCODE:CV4 9FD]] with three children under five.
Just to check – [[NAME:Aoife Gallagher]]'s date of birth is [[DATE:23/11/2012]], not 2013 as it says on the referral. Can someone correct Mosaic?
Youth worker here. [[NAME:Tobi Adebayo]] has been seen with older lads linked to county lines near the shopping centre. His mum's number is [[PHONE:0121 496 0789]].
Could [[MENTION:<@U0G9QF9C6>]] confirm whether the LADO has been told about the allegation against the taxi escort?
Nan ([[NAME:Margaret Hughes]]) has a Special Guardianship Order for [[NAME:Dafydd]] and [[NAME:Bethan]]. She lives at [[ADDRESS:3 Chapel Row]], Llanelli – is Carmarthenshire the right authority to contact?
Early help practitioner asking: is it ok to share the Family Hub notes about [[NAME:Layla Haddad]] with the nursery, [[SCHOOL:Rainbow Tots Day Nursery]]? Mum said yes verbally.
Please call me back on [[PHONE:(024) 7649 6345]] about the ICPC. The child is [[NAME:Jun Hao Wong]], DOB [[DATE:5 June 2017]].
Parents have refused the EHCP needs assessment and school think it's neglect of medical needs. It's a Year 2 child with diabetes who keeps missing insulin. Do we go down the Section 17 route?
[[NAME:Yousef Al-Masri]] arrived from Syria with his grandad and is not registered with a GP. The grandad's email is [[EMAIL:yousef.family2024@example.com]] – can I pass that to the school admissions team?
hey [[MENTION:@priya.dsl]] can you have a look at the chronology for [[NAME:tanvir]] before the strategy? police are joining at 2
Mum ([[NAME:Elena Ivanova]], NI [[NI:PR 45 67 89 B]]) is asking for help with Universal Credit. She has no recourse to public funds according to the Home Office letter – can Section 17 support her?
The stepdad, Mr [[NAME:Liam Kerr]], has a history of DV in Scotland. Is it appropriate to make a Clare's Law request to Police Scotland on behalf of [[NAME:Morag]]?
[[NAME:Senait Tesfaye]] (16) is staying at [[ADDRESS:41 Albany Road]], [[POSTCODE:CV5 6JQ]] with an adult male who says he's her cousin. Private fostering notification?
Can I forward this to the LADO? Link to the post: [[URL:https://social.example.net/posts/449201]] – it shows a member of staff at [[SCHOOL:Foxbrook Academy]] drinking with Year 13 students.
Health visitor: [[NAME:Minh Nguyen]] (mum) has postnatal depression and says she sometimes feels like shaking the baby. Baby [[NAME:An]] was born [[DATE:19th August 2024]]. Perinatal mental health or MASH first?
[[NAME:Oksana Kovalenko]] and her son [[NAME:Artem]] are Homes for Ukraine guests. The host, Mr [[NAME:Peter Lowe]], has been reported for inappropriate comments to [[NAME:Artem]]. Who manages this – the council or the LADO?
Anyone got the number for the out-of-hours team? I've got [[NAME:Kyle]]'s mum on the other line saying he hasn't come home.
Sorry to chase [[MENTION:<@U03LMN4567>]] – did the referral for [[NAME:Jake Whitfield]] go in? School are asking.
Child's NHS number: [[NHS:auto]]. Dad won't tell us which GP they are with. Can the health visitor search the Spine?
The older brother, [[NAME:Kwame Mensah]] (19), has been sharing indecent images of his sister's friends. His sister [[NAME:Abena]] is in Year 10 at [[SCHOOL:Priory Hill Academy]].
Court date for the care proceedings is [[DATE:2025-02-17]]. The guardian is asking for school attendance data for [[NAME:Skye]] and [[NAME:River Lawson]].
I work in a GP surgery and a parent has asked us not to pass anything to social care. The child is on a CP plan. Do we have to attend the core group and share records?
Mr and Mrs [[NAME:Bains]] have moved to [[ADDRESS:67 Wallsgate Road]], [[POSTCODE:cv2 4eg]]. Their daughter [[NAME:Jasleen]] is still attending her old school.
Does anyone know if the [[NAME:D'Souza]] family are known to MASH? Dad ([[NAME:Anil D'Souza]]) called school from [[PHONE:07700 900 612]] demanding to collect the children.
Police log: [[NAME:Jordan Reeves]], 14, found in a trap house at [[ADDRESS:Flat 6, 101 Stoney Brook Road]]. NRM referral needed?
[[NAME:Niamh Byrne]] told her teacher that Dad "does things at night". [[NAME:Niamh]] is 6. I have written it up word for word – do I ring the MASH now or wait until the DSL is back?
Ms [[NAME:Adeyemi]] (social worker) can be reached on [[PHONE:024 7649 6188]] or [[EMAIL:o.adeyemi@example.org]].
Please don't share the refuge address. [[NAME:Fatima Al-Sayed]] and the children are safe. Her new mobile is [[PHONE:07700 900 874]] – only give it to the allocated worker.
[[NAME:Hassan]]'s attendance is 61% this term and Mum says he's caring for his younger siblings. Young carers referral or Section 17?
Can you check the NI number on the benefit letter matches – [[NI:SK 98 76 54 D]]? Grandad says he's claiming Child Benefit for [[NAME:Amelia]].
Anyone free to cover a Section 47 visit? [[NAME:Kayden]] and [[NAME:Mia Thornton]], [[ADDRESS:19 Birchwood Drive]], [[POSTCODE:B23 5NH]].
The child told the teaching assistant that Dad hits Mum when he's been drinking and that she hides under the stairs. There are no marks. Does this go to MASH or do we wait for the Operation Encompass notification?
Dad ([[NAME:Ryan O'Neill]]) has a restraining order. If he turns up at [[SCHOOL:St Joseph's Catholic Primary]], do we call 999 straight away?
Link to the CP conference report: [[URL:https://docs.example.org/cp/conf-2291.pdf]]. Parents want it redacted before it goes to school.
Hi all, is there a standard template for requesting health information? I need the NHS number for [[NAME:Ayesha Begum]] (DOB [[DATE:07/09/2019]]).
[[NAME:Liban Osman]]'s mum says she's sending him abroad to live with relatives and he doesn't want to go. He's 13. Is this a Section 47 or early help?
hi [[MENTION:@rob.dsl]], [[NAME:freddie]] in 4M came in with a burn mark on his hand. says it was the oven but it looks round. photo is on CPOMS.
Social worker [[NAME:Chloe Whitfield]], [[PHONE:07700900233]] – she's the one holding [[NAME:Archie]] and [[NAME:Lily]].
Teacher at [[SCHOOL:Greenhill Community College]] here. A Year 12 student, [[NAME:Ionela Dumitru]], has asked me not to tell anyone she's pregnant. She's 16. Do I have to?
The school's safeguarding policy is at [[URL:http://www.example.net/policies/safeguarding-2024.pdf]] if anyone wants to check the escalation section.
[[NAME:Zoë Marchetti]] has asked for a copy of everything we hold on her son [[NAME:Luca]] – is that a subject access request or do we just send it?
[[NAME:Kacper]] has gone missing again – last seen on [[DATE:12/03/2024]] near the train station. Police have the reference.
Nursery manager here – [[NAME:Esme]] (3) said Daddy's friend uncle [[NAME:Tony]] "hurt her bottom". Ringing MASH now, but do I tell Mum at pick-up?
What is the threshold for a strategy meeting when the allegation comes from a sibling and not the child? The guidance says any reasonable cause to suspect, but the team manager disagrees.
Is there a Welsh-speaking worker available? [[NAME:Gethin ap Rhys]] (7) only speaks Welsh at home and the interview is on [[DATE:4th April 2025]].
[[NAME:Mercy]] (Year 6) says she hasn't eaten since Friday. Her mum, Mrs [[NAME:Boateng]], is on [[PHONE:07700 900 045]] but never picks up.
Incoming from the police: [[NAME:Connor Walsh]] arrested for possession with intent, aged 15. Home address [[ADDRESS:56 Juniper Crescent]], [[POSTCODE:CV4 9PN]]. He's open to YOS.
Dad is asking for [[NAME:Kai]]'s school records to be emailed to [[EMAIL:dazza_77@example.com]]. There's a court order saying he can't have information. What do I say?
[[NAME:Rebin Karim]] is a 16-year-old Kurdish boy placed in supported accommodation at [[ADDRESS:Room 4, 210 Dunsmore Avenue]]. He's been approached by men offering work. Modern slavery?
I'm the DSL at [[SCHOOL:Ashgrove Junior School]]. We've got a new starter, [[NAME:Bartosz Zieliński]], with no previous school records – how do I find out if he's known elsewhere?
Can someone send the Right help, right time guidance to the new starter [[MENTION:@k.osei]]? She's covering [[NAME:Destiny Grant]]'s case.
Mum's solicitor emailed from [[EMAIL:litigation@smithfield-law.example.com]] asking for the social work statement. Do we send it or route it through legal?
Two siblings from the [[NAME:Ward]] family, [[NAME:Patrick]] and [[NAME:Bridget]], have not been seen since the site moved on. They are on CIN plans. Who do we alert?
Is it ever acceptable to share information without consent with a voluntary sector youth club? They want to know why a child has been excluded from the holiday programme.
Quick q: [[NAME:Ollie]] (Year 7) says his older brother sells weed from the house at [[ADDRESS:22 Mill Lane]]. Do I report the brother or refer [[NAME:Ollie]] to early help?
The health visitor for [[NAME:Hafsa]] is [[NAME:Julie]] – her number is [[PHONE:0113 496 0555]]. Mum wants her present at the ICPC.
Mum says the father, [[NAME:Tiago Ferreira]], took the passports and won't return them. Risk of abduction to Portugal? School is [[SCHOOL:Canley Vale Primary]].
[[NAME:Sophie Lloyd-Evans]], DOB [[DATE:2013-10-02]], NHS [[NHS:auto]], has disclosed an eating disorder to the school counsellor.
Following up on the CSE concerns for [[NAME:Jade Parkinson]]: she was dropped off at [[ADDRESS:Unit 4, Phoenix Way]] by an unknown male in a grey car.
Do we need parental consent to refer [[NAME:Sana Chaudhry]] (Year 11) to CAMHS if she's 16? She has asked us not to tell her parents.
Mum [[NAME:Agnieszka Lewandowska]] rang from [[PHONE:+447700900234]] – her English is limited so next time please book a Polish interpreter.
Can I have access to the CP plan template? [[URL:https://intranet.example.org/cs/templates/cp-plan]]
The nursery nurse noticed bruising to baby [[NAME:Isla]]'s ear. [[NAME:Isla]] is 9 months old and attends [[SCHOOL:Tiny Steps Nursery]].
Early help assessment completed. The family want support with routines and school attendance, and Dad would like a parenting course. Who should lead the Team Around the Family?
[[MENTION:<@U01ABCD2EF>]] can you add the Section 47 outcome to [[NAME:Harvey Bennett]]'s file? DOB [[DATE:30/06/2016]].
Grandad ([[NAME:Winston]]) is asking for the social worker's email – it's [[EMAIL:s.oduya@example.org]]. Can I give it out?
A parent has posted on Facebook that Mr [[NAME:Patel]] at [[SCHOOL:Broadmeadow Primary]] grabbed her son by the arm. Is that a LADO referral even if it's only social media?
[[NAME:Ellie-Mae Turner]] (14) and [[NAME:Tyler]] are both reported missing from the children's home at [[ADDRESS:5 Hawthorn Way]], [[POSTCODE:CV3 2QP]].
The midwife has flagged [[NAME:Chantelle Robinson]], due [[DATE:18/03/2025]]. Previous child removed. Pre-birth assessment needed?
Practitioner query: [[NAME:JS]] (initials only, as Mum asked) said he's scared of going home. Year 4. Do I still need the full name for the MASH referral?
Mum has sent a voice note from [[PHONE:07700 900 552]] threatening to take [[NAME:Riley]] out of school and "disappear". Do I tell the social worker or the police first?
The DSL at [[SCHOOL:King Edmund's Grammar School]] wants to know whether the CP plan for [[NAME:Isaac]] can be shared with his boarding house parent.
Can you send the TAF minutes to Mum at [[EMAIL:kelly.brown85@example.com]]? She's asked for them in writing.
Police welfare check at [[ADDRESS:33 Orchard Court]], [[POSTCODE:B9 4AA]] found the children home alone. Eldest is 9. Mum, [[NAME:Roxana Moldovan]], was at work.
Is it okay to phone Dr [[NAME:Okafor]] at the paediatric unit on [[PHONE:024 7649 6901]] for an update on [[NAME:Tayo]]?
We have a child who has disclosed being hit with a slipper. Parents say it is normal in their culture and they didn't know it was an issue in England. Is this a Section 47 or a conversation about reasonable punishment?
[[NAME:Nathaniel]] was brought to A&E with a spiral fracture and the parents' account doesn't fit. Paeds registrar is Dr [[NAME:Farouk]]. NHS number [[NHS:auto-plain]].
Hi, I'm covering for [[NAME:Bex]] this week – can someone tell me who's allocated to the [[NAME:Hargreaves]] children?
Dad's NI number came through on the DWP letter: [[NI:WL 22 48 61 C]]. Do I put this on the referral or leave it off?
Just seen [[NAME:Jamal]] in the corridor with a black eye. He says he fell off his bike but his brother [[NAME:Rashid]] told a TA someone at home did it.
[[NAME:amira]] said Baba broke the door last night and Mama was crying. She's in Reception at [[SCHOOL:Hollyfield Infant School]].
Email from [[EMAIL:housing.options@example.org]]: the family at [[ADDRESS:Flat 9, Belgrave House]] are being evicted. Three children on CIN.
[[MENTION:@m.hussain]] are you still the worker for [[NAME:Yasmin]] and [[NAME:Adam Hussain]]? School want to invite you to the EHCP annual review.
Does anyone know why [[URL:https://mash.example.org/refer]] keeps timing out? I've got an urgent referral for [[NAME:Lacey]].
Concern about a private fostering arrangement: [[NAME:Fatou Diallo]] (13) is living with a family friend at [[ADDRESS:88 Kingsbury Road]], [[POSTCODE:CV8 1EW]].
[[NAME:Reece]]'s stepdad, [[NAME:Gary Hollins]], has been convicted of a sexual offence against a child. He's now living with Mum. Do we need to do a Section 47 straight away?
Please can someone remove the message I posted earlier with [[NAME:Leah]]'s date of birth ([[DATE:11/05/2014]])? I shouldn't have put it in the channel.
Mum rang from a withheld number, then from [[PHONE:0161 496 0333]]. She says she's in Manchester with [[NAME:Jaxon]] and isn't coming back.
Does anyone have a contact at the Forced Marriage Unit? The DSL wants advice before the summer holidays as a Year 10 pupil has been told she's going abroad for a family wedding.
[[NAME:Callum]] from early help says the family at [[ADDRESS:7 Rosemary Close]] have accepted a referral to the Family Hub.
The GP has written to say [[NAME:Kofi Asante]] (DOB [[DATE:2010-12-14]]) has not been brought to three appointments. Was Not Brought policy – does this go to MASH?
[[NAME:Sadia]] (Year 9) has told her friend she's being sent to Bangladesh to marry her cousin. Friend's mum rang us on [[PHONE:07700 900 190]]. Forced marriage protection order?
Strategy notes attached. Present: DS [[NAME:Pearce]] (police), [[NAME:Nicola Brennan]] (SW), [[NAME:Imogen Hart]] (school DSL) and Dr [[NAME:Lau]] (paediatrics).
Is [[URL:www.example.org/safer-sleep]] the right leaflet to give Mum? Baby [[NAME:Theo]] has been co-sleeping on the sofa.
Mum's new partner is called [[NAME:Darren]] – no surname yet. He's been seen at the school gate. Can police run a DVDS check?
The LADO referral for Ms [[NAME:Pritchard]] (teaching assistant) has been sent to [[EMAIL:lado@example.org]]. She's been suspended pending investigation.
Hi, police here. We need to speak to [[NAME:Aleksandra]] at school tomorrow without Mum being told. Her date of birth is [[DATE:2 February 2011]]. Is that possible?
Anyone know if [[NAME:Nkechi]] and [[NAME:Chinedu Obi]] are still at [[ADDRESS:Flat 2B, 16 Lowther Street]]? Post is being returned.
Please redact the NHS number ([[NHS:auto]]) before sending the report to the parents' solicitor.
The young person says she is in a relationship with a 24-year-old she met online and that he's going to take her to London. She is 14. I've told her I can't keep it secret. What happens next?
A parent at [[SCHOOL:Meadowbank Primary]] has shared a screenshot of a WhatsApp group where older boys are sharing nudes of Year 8 girls. Do I confiscate the phones?
[[NAME:Paddy]] (stepdad) rang from [[PHONE:07700 900 401]] asking what we've told the social worker. Should I tell him anything?
[[NAME:Hannah]]'s mum has a new boyfriend who has moved in from [[POSTCODE:LE10 1ZZ]]. Do we request a police check via Leicestershire?
Transfer-in: [[NAME:Victoria Okoye]] (Mum) and the children moved from Southwark to [[ADDRESS:12 Hazel Avenue]], [[POSTCODE:CV3 5AA]]. CP plan under emotional abuse.
The clinic letter says [[NAME:Mason]]'s NHS number is [[NHS:auto]], but the GP record has a different one. Which is right?
Hi [[MENTION:<@U07ZZXY9AB>]], Mum has asked me to let you know she's moving [[NAME:Alfie]] to [[SCHOOL:Park Lane Academy]] after half term.
A volunteer at the youth club, [[NAME:Gareth Stevens]], has been seen giving lifts to two Year 10 girls. Is this a LADO or a police matter?
Contacted Mum by email ([[EMAIL:j.mcconnell@example.net]]) to arrange the home visit. No response, so I'll try the landline on [[PHONE:028 9649 6012]].
A Year 6 child has told the class teacher that she is scared of Dad's friend who sleeps over at weekends. She won't say anything else. The DSL wants to speak to Mum first. Is that right?
[[NAME:Harpreet Kaur Sandhu]] is the school nurse for [[SCHOOL:Stoke Heath College]] and wants to know if she can attend the CIN meeting for [[NAME:Kian]].
Strategy discussion re [[NAME:Lola]], Year 1: she disclosed Dad "pinched her hard". Dad ([[NAME:Nathan Cole]]) works for the council, so can we keep his name off the email chain?
[[NAME:Summer]] (Year 4) has head lice again and says she sleeps in the same bed as her three brothers. Neglect or poverty? Mum is [[NAME:Stacey]].
I've found [[NAME:Jayden]]'s old social worker – [[NAME:Femi]] at Sandwell – [[PHONE:0121 496 0012]]. Shall I call?
The foster carer's address ([[ADDRESS:Willow Cottage, Church Lane]]) must NOT be given to birth parents. Can someone check the letter going out today?
[[NAME:Aisha Mohamed]]'s EHCP annual review is on [[DATE:21st Feb 2025]]. Mum needs a Somali interpreter.
Young person ([[NAME:Lewis Hale]], DOB [[DATE:09-08-2008]]) disclosed being groomed by a man he met on Discord. Police cyber team or CEOP?
Quick check [[MENTION:@amanda.c]] – is [[NAME:Charlie]] still on a CIN plan or was it closed?
I'm a housing officer. A tenant at [[ADDRESS:4 Beech Terrace]], [[POSTCODE:WS2 8PT]] has a baby and the flat has severe damp and mould. Mum is [[NAME:Krystal]].
Can anyone translate this? Mum's message says "[[NAME:Bogdan]] nu vine acasă" – I think it means [[NAME:Bogdan]] isn't coming home.
Under Working Together, should the police attend the initial child protection conference even if they have no new information? Our chair is insisting.
The GP, Dr [[NAME:Nwachukwu]], has called to say a 15-year-old asked for the morning-after pill and said her boyfriend is 22. Is that an automatic referral?
[[NAME:Kieran Doyle]] has been referred to the NRM. His brother [[NAME:Sean]] (12) was stopped by BTP at Birmingham New Street with £800 cash.
Dad's email is [[EMAIL:marek.wisniewski@example.com]] and his mobile is [[PHONE:+44 (0)7700 900 987]]. He's in Poland and wants updates on [[NAME:Filip]].
The pathway plan is overdue. [[NAME:Abdi]] turns 18 on [[DATE:15 October 2025]] and we still don't have his NI number.
[[NAME:Isabella Rossi]] (Year 10) turned up at [[SCHOOL:Brookfield Academy]] with cuts on her arms and says Mum's boyfriend did it.
Concern raised by the health visitor, [[NAME:Sian Roberts]] ([[PHONE:07700 900 660]]), about domestic abuse in the home of baby [[NAME:Rose]].
[[NAME:Ali]] and [[NAME:Noor Rahimi]] have arrived from Afghanistan under ARAP. They aren't on a school roll yet. Who coordinates education?
Hi all, referral submitted for the [[NAME:Kowalski]] children via [[URL:https://example.org/refer?ref=mash]]. Can someone confirm receipt?
I'm worried that by sharing the disclosure with the whole staff team we have breached confidentiality. Should it only have gone to the DSL and the deputy?
Mum's MP has written in on her behalf. [[NAME:Leanne Booth]] says the social worker is biased against her because of her mental health.
Police have asked for the child's DOB and address for the Section 47 – [[DATE:26/01/2018]], [[ADDRESS:61 Alder Road]], [[POSTCODE:B33 8LN]]. Can I email that or should I phone it through?
Dad turned up drunk to collect [[NAME:Tommy]] from [[SCHOOL:Bluebell Pre-School]]. Staff refused. Dad's number is [[PHONE:07700900112]] – should we call him or the police?
Is there a way to check if [[NAME:Nadia Petrova]] has a previous CP history in Bulgaria? She has told us her older child was removed there.
Please call the foster carer, Mrs [[NAME:Linda Price]], on [[PHONE:024 7649 6777]] before you visit.
[[NAME:Kayleigh]] says her boyfriend [[NAME:Dean]] (17) hit her at the bus stop outside [[SCHOOL:Hillside Wood School]]. Is this a DA referral if they're both under 18?
The account posting about [[NAME:Shay]] is at [[URL:https://photos.example.com/u/shay.cov.2009]] – can police get it taken down?
[[NAME:Naomi]] disclosed that her uncle touched her at a family party. Her uncle works at [[SCHOOL:Park View Primary]]. LADO as well as MASH?
Can I share [[NAME:Kasia]]'s NHS number [[NHS:auto-plain]] with the school nurse so she can check immunisations?
Details for the ICPC invite: Mum [[NAME:Roisin Quinn]], [[ADDRESS:10 Thistle Court]], [[POSTCODE:CV21 3LX]], [[PHONE:01632 960 123]].
We had a Prevent awareness session on Tuesday and staff asked how to raise concerns about far-right content being shared in a Year 10 group chat. Does it go through the DSL or straight to the Channel panel?
[[NAME:Ethan]]'s mum has been admitted under Section 2 of the Mental Health Act. Nobody is caring for him. Grandma's number is [[PHONE:01632 960 451]].
[[NAME:Bilal]] (Year 5) was seen by the school nurse for a burn. NHS [[NHS:auto]]. Parents say it was hot tea.
[[NAME:Maja Novak]] has asked us to stop sending updates to Dad at [[EMAIL:tomasz.n@example.com]] because he's been harassing her.
Hi [[MENTION:<@U02HJK8MNP>]] – the Section 47 for [[NAME:Jessica Ogunleye]] needs a medical. Can you arrange one today?
Joint visit with PC [[NAME:Deakin]] to [[ADDRESS:2 Canal View]], [[POSTCODE:CV1 4LY]] this afternoon re [[NAME:Lennon]].
Does anyone know if a GP can refuse to share records with a Section 47 investigation? The practice manager says they need a court order first.
[[NAME:Bethany]] disclosed to the school counsellor that her stepbrother [[NAME:Josh]] has been touching her. Both live at home. Do we separate them tonight?
School nurse [[NAME:Alison]] ([[EMAIL:alison.k@example.org]]) needs the consent form for [[NAME:Ibrahim]]'s CAMHS referral.
Could the minutes from [[DATE:08/01/2025]] be sent to the IRO? The chair was [[NAME:Paul Marsh]].
NI for Mum is [[NI:CE 10 20 30 A]] and for Dad [[NI:EH 55 12 09 B]]. The benefits team need both for the Section 17 payment.
[[NAME:Rosie]] is refusing to go to Dad's for contact and says he "gets angry like the Hulk". She's 5. Should I tell the social worker or Mum?
[[NAME:Deshawn]] has been stopped and searched three times this month. Mum thinks police are targeting him. Is there a role for the early help team?
The [[NAME:McDonagh]] children ([[NAME:Martin]], [[NAME:Kathleen]] and [[NAME:Johnny]]) are not on any school roll. The family are living in a caravan at the edge of the site.
Updated contact for the children's guardian: [[EMAIL:cafcass.guardian@example.org]], [[PHONE:020 7946 0321]].
Ms. [[NAME:Eleanor Whitby]], head of [[SCHOOL:Crossways Junior School]], has asked for a safeguarding supervision session.
The paediatrician's report for [[NAME:Zara]] is on [[URL:https://share.example.net/s/Qw8rT2]] – password sent separately.
[[NAME:Kiera]]'s NHS number is [[NHS:auto]] and her DOB is [[DATE:28/02/2017]]. Please check for any previous A&E attendances.
The new assistant head has asked whether staff need to tell parents before a MASH referral. I said it depends on whether telling them would put the child at more risk. Is that right?
I'm with the ambulance service. Attended a call at [[ADDRESS:17 Cedar Road]], [[POSTCODE:B29 6TR]] – mum intoxicated, toddler alone in the bath. Referral made but who follows up?
[[NAME:Sami]] and [[NAME:Yara Khalil]] have been absent since Eid. Dad says they're visiting family in Egypt. Children Missing Education referral?
Hi [[MENTION:@lisa.w]], I'm off tomorrow. [[NAME:Ava]]'s CP review is at 10 – please can you cover?
Mum ([[NAME:Chloe]]) says her ex, [[NAME:Brandon Fisher]], has been sending threats from [[PHONE:07700 900 810]]. Does this go to MARAC?
The nursery shares [[NAME:Leo]]'s learning journal at [[URL:www.example.com/learningjournal/leo-k]] – Dad is not allowed access. Can we check the settings?
Social worker in Nottingham, [[NAME:Olumide Bello]], is asking for our chronology on [[NAME:Tyrese]]. Her direct line is [[PHONE:0115 496 0234]].
[[NAME:Kamil]] was found with a knife at [[SCHOOL:Northgate Secondary]]. He's in Year 8. Police have been called. What do we tell Mum?
Please send the letter to Nan's house at [[ADDRESS:29 Oakfield Road]], [[POSTCODE:DY1 1AA]] – Mum isn't opening post.
The child's behaviour has deteriorated since Christmas. Staff have noticed she is withdrawn, hungry and tired on Mondays. Should we start a chronology and speak to Mum, or refer straight to early help?
Reminder [[MENTION:<@U08PLKJH12>]]: please don't post [[NAME:Tia]]'s full name in the channel, use initials.
Update for the core group: [[NAME:TM]] (Year 2) is now attending 96% and Mum has engaged well with the Family Hub.
[[NAME:Shabnam]] (Mum) has asked for the letter in Farsi. Her email is [[EMAIL:shabnam.r@example.com]].
Has anyone had a response from [[EMAIL:safeguarding@example.org]]? I sent a referral about [[NAME:Connor]] on [[DATE:2025-01-06]].
The father, Mr [[NAME:Chukwuemeka Eze]], has declined to let the social worker in. He says he'll only speak to the team manager.
[[NAME:Ruby]], DOB [[DATE:14.06.2019]], NHS [[NHS:auto]], has been taken to A&E with a head injury.
I've been asked to find [[NAME:Ryan Doherty]]'s previous address – the old file says [[ADDRESS:Flat 1, 3 Queen's Parade]], [[POSTCODE:B3 2PW]].
Ms [[NAME:Chen]] at [[SCHOOL:Riverside Pupil Referral Unit]] is worried about [[NAME:Kane]], who she thinks is being exploited by a local drug line.
[[NAME:Wiktoria]] (Year 3) says she doesn't want to go to Dad's this weekend because his girlfriend [[NAME:Dorota]] locks her in the bedroom.
PC [[NAME:Amy Lister]] ([[EMAIL:amy.lister@police.example.org]]) is the OIC for the Section 47 on [[NAME:Jacob]]. Please copy her in.
Can Children's Services share information with a private nursery that isn't part of the local authority? The nursery manager says she's been left out of the core group.
[[NAME:Lucy]]'s mum has just called from [[PHONE:01632 960 734]] saying Dad has taken [[NAME:Lucy]] from the park.
[[NAME:Kacey-Leigh Brooks]] has been missing for 48 hours. Last known location: [[ADDRESS:40 Brook Street]], [[POSTCODE:WV1 3RA]].
[[MENTION:@tom.h]] can you check whether the NHS number for [[NAME:Evie]] is [[NHS:auto]]? The referral form has two different ones.
Mum, [[NAME:Magdalena]], has told us she has been sleeping in the car with the children since she was evicted from [[ADDRESS:55 Poplar Road]].
Please be aware – [[NAME:Jayden]]'s dad ([[NAME:Lee Smith]]) has been bailed with conditions not to contact Mum. If he attends school, call 999.
[[NAME:Yusuf]] told his teacher at [[SCHOOL:Al-Noor Primary School]] that he is hit with a stick at madrassah. Who is the LADO equivalent for out-of-school settings?
Do health visitors have to attend the strategy meeting if they've only had one contact with the family? Our manager says we should send a written report instead.
The EHCP tribunal for [[NAME:Ewan]] is on the [[DATE:3rd of May 2025]]. Mum wants the social worker to give evidence.
[[NAME:O'Brien]] family update: [[NAME:Cillian]] has been accommodated under Section 20 and [[NAME:Orla]] is staying with Nan.
Anyone got [[NAME:Sharon Dixon]]'s number at the Family Hub? Oh, found it – [[PHONE:024 7649 6420]].
Dad has asked for copies to go to [[EMAIL:d.thompson@example.net]] and wants to know what [[NAME:Keisha]] has said about him.
The looked after child, [[NAME:Mustafa Yilmaz]], has a national insurance number of [[NI:NP 33 44 55 D]] – can I give it to the college for his bursary?
Can I speak to Mr [[NAME:Szabo]] without the interpreter? He's told us his English is fine. His daughter [[NAME:Réka]] has been self-harming.
Quick one: what's the CSC duty email? Is it [[EMAIL:cs.duty@example.org]] or the MASH one?
[[NAME:Scarlett]] (Year 6, [[SCHOOL:Stonebridge Primary]]) told her teacher that Mum's friend takes photos of her in the bath.
[[NAME:Aryan Mehta]]'s dad runs the tuck shop at [[SCHOOL:Oakwood Prep]] and is a governor. Do we still refer to the LADO about the allegation?
Please note the new address for the [[NAME:Adebayo]] family: [[ADDRESS:Flat 14, Marlowe Court, 2 Spencer Road]], [[POSTCODE:CV5 6PY]].
When a child says "please don't tell anyone", how do we explain the limits of confidentiality to a child in Reception? I want to get the wording right for staff training.
[[NAME:Ellis]] (they/them, Year 11) has told the school counsellor they are being thrown out when they turn 16. Is this a homelessness referral?
Operation Encompass: police attended [[ADDRESS:6 Sycamore Grove]] at 3am. [[NAME:Carla]] and the children are safe; [[NAME:Steve Pope]] was arrested.
DOB for the baby is [[DATE:12/11/2024]] and Mum's NHS number is [[NHS:auto-plain]]. The health visitor needs them for the birth visit.
Could you ring [[NAME:Precious]] back? She's on [[PHONE:07700 900 999]] and is anxious about the CIN review.
[[MENTION:<@U09ABC1234>]] pls can u send the ICPC report for [[NAME:Hollie]] to [[EMAIL:legal.team@example.com]] before 5
[[NAME:Stanisław]] (Dad) says he doesn't want "the English social services" involved and will take the children back to Poland. Risk of abduction?
The [[NAME:Nguyen]] family has been linked to a cannabis farm at [[ADDRESS:91 Brookside Avenue]]. The 15-year-old, [[NAME:Thanh]], may be a trafficking victim.
Is it appropriate to share details of a parent's mental health diagnosis with the school? Mum has bipolar disorder and has recently been sectioned. The children are staying with Grandad.
[[NAME:Farida]] sent this link: [[URL:https://www.example.org/report-abuse]] – is that the right page for reporting online grooming?
spoke to mr [[NAME:jones]] (deputy head) about [[NAME:kayla]] – he's going to do the referral himself.
Mum has been sharing posts about the case on [[URL:http://blog.example.com/justice-for-my-kids]], including the social worker's name, [[NAME:Joanne Fry]].
[[NAME:Mikael]]'s NI number on his college form is [[NI:YH 74 31 02 C]] – does college need to know he's a care leaver?
[[NAME:Taylor]] has been found. Police returned her to [[ADDRESS:18 Linden Walk]], [[POSTCODE:CV34 4NE]]. Return home interview needed within 72 hours.
Dad's solicitor, Mr [[NAME:Khan]], wants a copy of the school's chronology. His email is [[EMAIL:a.khan@khanlaw.example.com]].
Care leaver [[NAME:Jordan Mills]] has lost his NI card. The number on our system is [[NI:KL 40 19 27 A]] – can I give it to his Jobcentre work coach?
The benefits check came back: Mum's NI number is [[NI:MA876543B]] but she's claiming under a different surname, [[NAME:Osei-Bonsu]].
[[NAME:Callum Reid]], NI [[NI:HS 12 90 44 C]], is the 18-year-old brother who's moved back in. Does that change the risk assessment for [[NAME:Evie-Rose]]?
Housing need the NI numbers for both adults: [[NI:TC 65 43 21 D]] (Mum) and [[NI:RT 09 87 65 A]] ([[NAME:Marius]], her partner).
Please don't paste NI numbers in the channel – someone has just posted [[NI:ob345678c]] for [[NAME:Kyle Bates]]'s mum.
[[NAME:Amani Juma]] is 16 and starting an apprenticeship. Her NI number, [[NI:GH 11 22 33 B]], hasn't been linked to her leaving care grant yet.
Baby [[NAME:Ola]]'s NHS no. is [[NHS:auto-plain]] – the midwife wants it on the pre-birth plan.
[[MENTION:<@U04TRE5WQ2>]] the NHS number you asked for is [[NHS:auto]] ([[NAME:Logan]], Year 1).
[[NAME:Eva Horváth]], NHS [[NHS:auto]], was seen at the sexual health clinic. She is 14 and says her boyfriend is 19.
Two NHS numbers on file for [[NAME:Nico]]: [[NHS:auto]] and [[NHS:auto-plain]]. Could health check which one is current?
School nurse note: NHS [[NHS:auto]], DOB [[DATE:2018-04-30]], immunisations not up to date and Dad refuses consent.
Guidance on the consent form is at [[URL:https://example.com/guides/consent-and-sharing]] – see the section on under-16s.
[[MENTION:@nikki.hv]] here's the safer sleep video for [[NAME:Precious Okafor]]: [[URL:https://videos.example.org/safer-sleep]].
[[MENTION:<@U06MNBV321>]] can you take the call from Dr [[NAME:Iyer]] about [[NAME:Maisie]]? I'm in a core group.
Please read before the ICPC: [[URL:https://example.net/icpc/pack?case=4471]]. The password is Mum's surname, [[NAME:Kowalczyk]].
NHS number (mum): [[NHS:auto-plain]]; baby not yet registered. The health visitor, [[NAME:Gemma]], will chase the GP.
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
Mum has asked whether the early help assessment can be shared with the nursery. Consent was given verbally at the Team Around the Family meeting, so the lead practitioner should record it and confirm it in writing.
The DSL spoke to the child in Year 9 on Monday morning after a disclosure in the changing rooms. The account was written down in the child's own words, and the MASH consultation line advised a referral the same day.
Right help, right time is the threshold guidance most practitioners use when deciding whether a concern needs early help or a statutory response. If in doubt, ring the MASH and ask for a consultation before the end of the day.
Following the strategy meeting, police and Children's Services agreed a joint Section 47 investigation. The social worker will visit the home with a police officer tomorrow, and the school nurse will share health records.
During Ramadan some pupils may be tired in the afternoon, and staff should not assume this is neglect. If there are other concerns, such as weight loss or missed medical appointments, speak to the DSL.
Christmas can be a difficult time for families already under strain. Please make sure every child on a CP plan or CIN plan has a named contact over the holidays and knows how to reach the out-of-hours team.
The health visitor noticed the baby was not being brought to clinic and that Mum seemed withdrawn. She shared her concerns with the GP and agreed a joint home visit with the perinatal mental health team.
Operation Encompass notifications arrive before the start of the school day. The key adult should check in with the child quietly, without asking leading questions, and record anything said on the safeguarding system.
Polish is the main language spoken at home, so the family has asked for an interpreter at every meeting. Please do not use older siblings to interpret, especially when discussing domestic abuse or the CP plan.
English is an additional language for both parents. The written agreement should be translated, and the social worker should check understanding at the end of each visit rather than relying on nods.
A LADO referral is needed whenever an adult who works with children may have harmed a child, committed a criminal offence against a child, or behaved in a way that suggests they may pose a risk. The headteacher should not investigate before speaking to the LADO.
CAMHS have declined the referral because the young person does not meet their threshold. The school counsellor will continue weekly sessions, and the GP has been asked to review medication.
Section 17 support can include practical help such as food vouchers, travel costs and nursery places. It is not the same as a child protection plan, and families can decline it.
Grandad has been collecting the children from school every day since Dad moved out. Nan says she is happy to keep doing it but is worried about money and wants to know if there is any support.
Stepdad has agreed to attend a domestic abuse perpetrator programme. Mum says things are calmer at home, but the school has noticed the youngest child is still anxious on Fridays.
Eid celebrations mean several pupils will be absent this week. Authorised absence for religious observance is not a safeguarding concern on its own, but unexplained extended absence should be followed up.
Prevent referrals should go through the DSL, who will decide whether to contact the local Prevent team. Most referrals do not lead to Channel support, and that is an acceptable outcome.
The MARAC coordinator has asked every agency to bring their information to the meeting. Schools should share attendance, behaviour and any disclosures, but only what is relevant to the risk.
Working Together to Safeguard Children sets out how agencies should cooperate. Keeping Children Safe in Education applies to schools and colleges and explains the role of the designated safeguarding lead.
A CSE screening tool has been completed and the risk is assessed as significant. A multi-agency child exploitation meeting will be arranged and the young person's views will be sought beforehand.
West Midlands Police have shared a PPN following a disturbance at the family home. No children were injured, but the youngest was present, so the school will be notified through Operation Encompass.
The ICPC decided the children should be subject to a plan under the category of neglect. The first core group must happen within ten working days, and the review conference within three months.
Mum was tearful on the phone and said she cannot cope with the baby's crying. The health visitor gave advice on safe sleep and coping with crying, and booked an extra visit for Thursday.
Reception staff have noticed that one child often arrives hungry and in dirty clothes. The class teacher has started a chronology and will speak to the DSL before contacting home.
The school nurse has been asked to see a Year 10 pupil about possible self-harm. Cuts were seen on her forearm during PE, and she has asked staff not to tell her parents.
Dad says the children can stay with Nan while he is in hospital. The social worker will check the arrangement is safe and that Nan has what she needs to look after them.
The council's Children's Services department has a duty team that takes calls during office hours. Outside those hours, calls go to the emergency duty team, who can arrange police protection if needed.
An EHCP review has highlighted that the child's needs are not being met at home. The SENCo has asked whether a Section 17 assessment could help the family access short breaks.
The young person has been missing three times in the last month and returns with unexplained items. Police have completed the return home interview, and the CSE screening tool suggests a medium risk.
Christmas presents from an unknown adult are a possible sign of grooming. Staff should record what the child says about who gave them and share this with the DSL the same day.
Team Around the Family meetings should be arranged at a time that suits the parents. If Dad works nights, consider a late afternoon slot or joining by phone.
Year 7 transition is often a time when concerns come to light. Primary DSLs should pass on safeguarding files securely and speak directly to the secondary DSL about any child on a plan.
The A&E department has sent a notification that a toddler attended with a burn. The paediatric liaison nurse will share the details with the health visitor and the GP.
Mum says she is fasting for Ramadan and feels too tired to walk the children to school. The family support worker has suggested the breakfast club as a temporary solution.
Please remember that the MASH is not an advice line for general questions about school policy. Use it when you are worried about a child's safety, and use your DSL for everything else.
A Section 47 enquiry does not mean a child will be removed. Explaining this clearly to parents can reduce fear and improve cooperation with the social worker.
The GP practice has been asked to attend the strategy meeting. If a GP cannot attend, a written summary of relevant health information should be sent in advance.
The police officer explained that the child's account will be video recorded at a specialist suite. The school should not question the child further in the meantime.
Mum has moved into refuge accommodation with the children. The location must not be shared with anyone, including extended family, and all correspondence should go through the allocated worker.
Children's Services have closed the case after the assessment found no further role. The school has offered early help, and the family have accepted a parenting course.
Sunday evenings are often when disclosures are made online. Make sure young people know they can contact Childline at any time and that school staff will listen on Monday morning.
The early help coordinator has asked all schools to complete the new audit by the end of the summer term. Questions about the audit should go to the Safeguarding Children Partnership.
A Year 9 pupil said she is being bullied because she speaks Romanian at home. The DSL wants to involve the family and the equality lead rather than treat it purely as a behaviour issue.
Mum has asked that the social worker speaks Urdu or brings an interpreter. The team manager has agreed, and the interpreter service has been booked for the home visit.
When a child discloses, listen, reassure them they were right to tell, and do not promise to keep secrets. Write down what was said as soon as possible and pass it to the DSL.
Dad has refused to let the health visitor into the flat. He says the baby is fine and he does not trust professionals. The health visitor will escalate to her safeguarding supervisor.
A strategy meeting can be held by phone if it is urgent. Police, Children's Services and health must be represented, and the school should be invited where the child is of school age.
The Local Authority Designated Officer has advised that the teaching assistant should not be in contact with the pupil while the allegation is investigated. The headteacher will agree a risk assessment.
Mum is worried that her son is being groomed online through a gaming platform. She has screenshots and wants advice on reporting it to CEOP and the police.
The Family Hub offers drop-in sessions on Tuesday and Thursday mornings. Parents can get help with benefits, housing and debt as well as parenting support.
Stepdad has been drinking heavily since losing his job. The children say he shouts a lot but has never hurt them. Early help seems appropriate, but the school will keep this under review.
During Diwali the family will be visiting relatives for a week. School has authorised the absence and will check in with the children on their return.
The CIN plan should set out who is doing what and by when. Parents should be given a copy in a format they understand, and the plan should be reviewed regularly with the family.
The independent reviewing officer has raised concerns about drift in the care plan. Permanency planning needs to be discussed at the next looked after review.
An anonymous caller has reported that young children are left alone in a flat above a takeaway. The MASH will check records and may ask police to carry out a welfare check.
Staff training on the new safeguarding policy will take place in September. All staff must attend, including lunchtime supervisors and volunteers, and should sign to say they have read the updated guidance.
The young carer assessment found that the child is responsible for most of the cooking and cleaning. The family have been referred to the young carers service, and adult social care will assess Mum.
A Year 11 student has been offered money to carry a package to another town. He refused, but he is frightened of the older boys involved. The DSL has contacted the exploitation team.
The college safeguarding team has a duty rota over the Easter holidays. Students can contact them by email, and anything urgent should go to the police.
Nan has told the social worker that the children are frightened of Mum's boyfriend. She would like them to live with her but is worried about money and space.
When a child is missing from education, schools must make reasonable enquiries before removing them from the roll. The local authority should be informed, and the Children Missing Education team will follow up.
The paediatrician found injuries that are consistent with the explanation given. The social worker will still complete the assessment, but no further Section 47 action is planned.
Mum has asked for her son to be moved to a different class because of bullying. The school has agreed to look into it and will offer support from the learning mentor.
The health visitor has completed the developmental review and noticed a speech delay. She has referred the child to speech and language therapy and discussed it with Mum.
Domestic abuse is a safeguarding issue for children even if they are not physically harmed. Witnessing violence at home can have long-lasting effects on their emotional wellbeing.
The foster carers have reported that the child is wetting the bed and having nightmares after contact with Dad. The social worker will discuss this with the IRO and consider whether contact should be supervised.
Monday morning briefings should include any new safeguarding concerns from the weekend. The DSL will share only what staff need to know to keep children safe.
A referral to the MASH should include what you are worried about, what is working well, and what needs to happen. Include the child's voice wherever possible.
The police have asked the school not to tell Mum about the strategy meeting. The DSL is unsure whether this is appropriate and will seek advice from the MASH manager.
Children's Services will hold a legal planning meeting to consider whether the threshold for care proceedings is met. The school will be asked to provide attendance and behaviour records.
In Year 6, several pupils have been sharing inappropriate videos on a group chat. The DSL will speak to parents and deliver a session on online safety to the whole year group.
The GP has prescribed medication for the child's ADHD, but Dad does not believe in it and refuses to give it. The school nurse will discuss this with the family and the paediatrician.
Early help is voluntary, and families can refuse it. If concerns escalate, practitioners should consider whether a statutory referral is needed and explain this honestly to parents.
The Christmas hamper scheme is open to all families on the early help caseload. Workers should ask families discreetly and respect their decision if they say no.
Police protection lasts up to seventy-two hours. During that time the local authority must decide whether to apply for an emergency protection order or return the child home.
Teachers have a mandatory duty to report known cases of female genital mutilation in girls under eighteen to the police. Health and social care professionals have the same duty.
Mum explained that in her culture it is normal for older siblings to look after younger children. The social worker acknowledged this but explained the concerns about a twelve-year-old caring overnight.
The Youth Offending Service is working with the young person on a referral order. They have asked the school to share information about attendance and behaviour.
A child protection medical should be arranged quickly if there are injuries. The paediatrician will decide whether a skeletal survey is needed for babies.
Please use the secure email system when sending referrals. Do not send personal information on messaging apps or in the subject line of an email.
Arabic is the family's first language, and the children are learning English quickly. The parents have asked for information about the school day to be sent in Arabic.
Concerns about radicalisation should be discussed with the DSL in the first instance. The Prevent duty requires staff to be alert to changes in behaviour, not to monitor pupils' religious practice.
The social worker has noticed that the children are not registered with a dentist. Mum says she has tried but no practices are taking new patients. The health visitor will help.
Reception children are sometimes not toilet trained when they start school. This alone is not a safeguarding concern, but it should be discussed with parents and the school nurse.
The team manager has asked for a case summary before the Section 47 strategy discussion. The summary should cover previous involvement, current concerns, and the child's views.
Chronologies are essential for spotting patterns of neglect. Each entry should be brief and factual, and should say who recorded it and what action was taken.
During the summer holidays the school site is closed, but the DSL can still be contacted in an emergency. Staff should report concerns directly to the MASH if they cannot reach anyone.
The young person told the youth worker that she has been sleeping at different friends' houses. She is sixteen and does not want to go home. The youth worker has told her about the homelessness team.
The Safeguarding Partnership has published a learning review that highlights the importance of professional curiosity. Practitioners are encouraged to ask about who lives in the household.
The school nurse has been told that a pupil is vaping in the toilets and selling vapes to younger children. The headteacher will address the behaviour and consider whether exploitation is involved.
Mum and Dad have separated and both want the school to contact them. Unless there is a court order, both parents with parental responsibility are entitled to information.
When a child arrives in the country without a parent, Children's Services have a duty to assess their needs. Age assessments must be carried out fairly and with an appropriate adult present.
The family are Muslim and have asked that home visits avoid Friday prayer times. The social worker has rearranged the visit for a weekday afternoon.
Drug use in the household was reported by a neighbour. Police found cannabis plants and made an arrest. The children were not present and are staying with Grandad.
A Year 12 student has asked whether she can self-refer to CAMHS. The college counsellor explained the process and offered to help her complete the form.
The health visitor has given the safer sleep message and checked the baby has a separate cot. Mum said she sometimes falls asleep while feeding on the sofa and has been given advice.
Stepdad has a conviction for a violent offence, but it was many years ago. The social worker will complete an assessment and speak to probation before deciding next steps.
The nursery manager is worried about a child who has started biting and hiding under tables. Mum says there have been changes at home. Early help could help the family understand the behaviour.
Section 20 accommodation is voluntary and parents can remove their child at any time. If there are significant concerns, the local authority should consider whether care proceedings are more appropriate.
New Year celebrations often lead to an increase in domestic abuse incidents. Schools should expect more Operation Encompass notifications when pupils return after the holidays.
Grandad says he found cannabis in his grandson's bedroom. The boy is fourteen and has recently been spending time with older youths. The school will make a referral to the exploitation team.
The designated officer has closed the allegation as unfounded. The member of staff has been offered support and will return to work after a meeting with the headteacher.
Mum does not want CAMHS involvement because she worries her daughter will be labelled. The GP has explained the benefits and will review the situation in a few weeks.
A referral has been made to the MASH because the child has been seen with bruises on several occasions. The school has completed a body map, and staff have not taken photographs.
The children's home has reported that a young person has been going missing in the evenings and returning with cash. Police and Children's Services will hold an exploitation strategy meeting.
Health visitors should ask every new mother about domestic abuse when she is alone. If it is not safe to ask, the question should be saved for another visit.
The young person's social worker has changed three times this year, and he says he no longer trusts anyone. The team manager has agreed to keep the current worker allocated.
Parents are entitled to a copy of the conference report, but information from other agencies may need to be redacted. The chair will decide what can be shared.
The school has noticed that a pupil in Year 4 is frequently late and often falls asleep in class. Mum works nights, and the child looks after younger siblings in the morning.
A strategy meeting has been called because the baby has an unexplained fracture. The parents have been told about the investigation and have agreed to the child staying with Nan meanwhile.
Every school should have a designated safeguarding lead and at least one deputy. Their contact details should be displayed in the staffroom and shared with all visitors.
Mum has asked whether she can bring a friend to the ICPC for support. The chair agreed, provided the friend understands the confidentiality rules and leaves for the private section.
Welsh is spoken at home and the child attends a Welsh-medium nursery. The health visitor has arranged for assessment materials in Welsh.
Children with disabilities are more likely to be abused but less likely to be referred. Practitioners should not assume that signs of abuse are explained by the child's condition.
The school caretaker overheard pupils talking about a party at a flat where adults gave them alcohol. The DSL will share this with police as community intelligence.
Mum says the children spend every Saturday with their father. Since Easter they have been coming back upset and refusing to talk about the weekend.
Practitioners in unscheduled care can see a flag when a child is looked after or on a CP plan. The NHS information sharing system alerts the child's social worker when the child attends.
The police have agreed to attend the core group meeting to update on bail conditions. The family have been told and know that the meeting is about the children's safety.
The Somali community group has offered to support the family with interpreting and advocacy. Mum is keen but worried about confidentiality within the community.
Professional disagreement should be resolved at the lowest level possible. If that fails, the escalation policy sets out how to take it to a senior manager.
The nursery staff noticed the child has become very quiet since Dad returned home. They have recorded their observations and shared them with the health visitor.
A parent has complained that school shared information with Children's Services without telling her. The DSL explained that consent was not sought because it might have increased the risk to the child.
Grandparents are not automatically entitled to information about their grandchildren. Any sharing should be based on the child's welfare and the parents' consent where appropriate.
The deputy DSL is covering while the DSL is on leave. Any new concerns should be logged on the safeguarding system and discussed at the Friday huddle.
The young person has said he feels safer at school than at home. He is in Year 10 and has asked to stay late every evening. The DSL is exploring whether he can attend the after-school club.
Children's Services have set up a new consultation line for schools. It runs every weekday morning and is staffed by experienced social workers who can advise on thresholds.
Birmingham and Coventry both use a MASH model, but the referral forms are different. Check which local authority the child lives in before sending anything.
Half term starts on Friday, so any outstanding referrals should be made today. Do not leave a concern over the break because the DSL is not in school.
Mum said the baby's father is not involved and she does not want him contacted. The health visitor explained that this may need to be revisited if he has parental responsibility.
A Section 47 strategy discussion should include the police, Children's Services and health. Education should be invited where the child is of school age, and a record should be kept of decisions.
The Early Help Hub has a triage meeting every morning. Cases that need a statutory response are passed to the MASH, and the rest are allocated to a family support worker.
Ofsted will want to see that safeguarding is everyone's responsibility, not just the DSL's. Staff should be able to explain what they would do if a child made a disclosure on a Wednesday afternoon with the DSL off site.
A child in Year 8 has told a friend that she is being sent abroad over the summer and is frightened. The friend told a teacher, who passed it to the DSL straight away. Forced marriage guidance says not to contact the family before seeking advice.
The stepmum has been supportive of the plan and attends every core group. The children say they feel safe with her, and the social worker will record this as a strength.
Practitioners should be curious about unseen men in the household. Ask who visits, who stays over, and who helps with childcare, and record the answers even if they seem unimportant.
The emergency duty team has placed two siblings with foster carers overnight. Children's Services will hold a strategy meeting in the morning and let the school know what to expect.
Lent and Ramadan overlapped this spring, and several families asked about changing meal times at breakfast club. This is a reasonable adjustment and not a safeguarding matter.
Mum is learning English at the community college and has asked for written plans in plain language. The social worker will read the plan through with her and an interpreter before she signs.
A Year 13 student has been offered a flat by a much older man she met at a party. She says he is her boyfriend. Sixth form staff are worried about exploitation and have spoken to the DSL.
Bruising on a baby who is not yet crawling must always be taken seriously. Follow the bruising protocol, contact the MASH, and arrange a medical without delay.
The school has been told that the family have left the country. Before removing the child from the roll, the school must complete the Children Missing Education checks with the local authority.
Contextual safeguarding looks at risks outside the home, such as parks, takeaways and transport hubs. The exploitation team is mapping the places where young people say they feel unsafe.
Dad has asked to see the school's safeguarding file on his daughter. The DSL will check what can be disclosed and take advice before sharing anything that came from other agencies.
"""

SPEC = ct.Spec(
    suffix="",
    level=1,
    corpus_prefix="c",
    prose_prefix="p",
    nhs_seed=20240611,
    known_parity=0,
    targets=ct.Targets(
        lines=(240, None),
        names=250,
        structured=200,
        per_structured=15,
        prose_lines=(120, None),
        prose_chars=25000,
    ),
)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

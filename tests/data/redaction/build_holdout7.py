#!/usr/bin/env python3
"""Build the seventh, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout7.jsonl``      – 100 safeguarding messages (ids z001..z100)
  with gold identifier spans, every record ``"split": "holdout7"``.
* ``clean_prose_holdout7.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids w7-001..w7-050), every record ``"split": "holdout7"``.

Format and labelling conventions are exactly those of the earlier sets; the
marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title or rank ("Mrs", "PC"), no
  possessive "'s"/"’s", no relationship word ("Mum", "Mam", "Gran", "Uncle").
  Initials, nicknames and names typed in lower case in a hurry count as NAME.
* DATE covers the date only, not a "DOB"/"born"/"EDD" prefix or a weekday.
  Ages, weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/house/pitch/guest-house
  name, and Scottish "0/2" or "2F" flat positions); the town or village is
  not labelled; the postcode is its own POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.
* Towns, cities, regions, islands, nationalities, languages, agencies,
  hospitals, prisons, weekdays, months, seasons and festivals are never
  labelled.

The parser, validators and freshness check live in ``corpus_tools.py``.
Everything here is new: the freshness check is run against all six earlier
sets (``corpus.jsonl`` and ``corpus_holdout2.jsonl`` .. ``corpus_holdout6.jsonl``,
and the six earlier clean prose files), so it refuses any NAME word, ADDRESS, street,
SCHOOL, postcode, structured value or sentence already used there, including in
holdout6, and a person, street, school or structured value repeated across
lines of this set.

Standard library only, deterministic, re-runnable:  python3 build_holdout7.py
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
Morning – can I let the breakfast club know that [[NAME:Teddy Garside]] (Reception, [[SCHOOL:Hazelmere Primary School]]) mustn't go home with his grandad any more? Mum, [[NAME:Lindsey Garside]], told me at the gate but there's nothing in writing yet.
[[MENTION:<@U07TQ3MPLA>]] you on duty? Police have just rung about [[NAME:Brodie Tennant]] (15), found asleep in the stairwell at [[ADDRESS:Carrick House, Brechin Street]], [[POSTCODE:G3 7LQ]] at 3am. He says he can't go home because of his stepdad. Where does he go tonight?
hi quick q – can i tell the hv that [[NAME:shelby doole]] has a new fella living with her? baby [[NAME:arlo]] is 5 wks and apparently the fella is on the register, according to my mate at the housing office. dont want to get anyone in trouble if its just gossip
Case note [[DATE:19/01/2026]]: unannounced visit to [[ADDRESS:46 Wheatsheaf Lane]], [[POSTCODE:NN5 6RT]]. [[NAME:Harrison Lowndes]] (7) and [[NAME:Ivy Lowndes]] (4) seen and spoken to alone. Home conditions improved. Father, [[NAME:Jason Lowndes]], declined to discuss the police caution. Advice sought on whether the caution can be shared with the school.
GP here. [[NAME:Funmilayo Olatunji]] brought her 8-month-old, [[NAME:Oreoluwa]] (NHS [[NHS:auto]]), in with a burn on his palm and says he grabbed the iron. It's the second burn in a month. Do I refer now or wait for the burns clinic to see him?
dsl cover today – yr 9 girl [[NAME:macie]] says her sisters boyfriend has been picking her up from the gates in a black audi and giving her vapes. his name is [[NAME:kieron]] and hes 20ish. is this cse? do i ring mash or 101?
Housing officer here. We've had a complaint about [[ADDRESS:Flat 11, Ravenglass Court, Dunmail Road]], [[POSTCODE:CA14 2PH]] – smell of gas and a toddler seen on the balcony on her own. Tenant is [[NAME:Cheyenne Parrish]]. I've got a number for her, [[PHONE:07700 900 815]], but no answer. Who do I tell?
HV referral draft – [[NAME:Eilís Breslin]], DOB [[DATE:07/09/1999]], of [[ADDRESS:21 Glenmachan Drive]], [[POSTCODE:BT4 2RF]]. Baby [[NAME:Rían]] (9 weeks) has not been brought to two weight checks. Mum has disclosed low mood and says her partner controls the money. Can I send this to the Trust's gateway team without her consent?
Can someone remind me whether we need consent to share with the school nurse when the child is already on a CP plan? I keep getting told different things by different managers.
PC [[NAME:Owain Tregear]], Dyfed-Powys. [[NAME:Nansi Emlyn]] (14) was reported missing from [[ADDRESS:Maes yr Onnen, Heol y Bryn]], [[POSTCODE:SA31 3EW]] for the third time this month and found in Swansea with a 22-year-old. Do I share the return interview with her school?
- YP: [[NAME:Ridwan Samatar]], 16 - school: [[SCHOOL:Copperfield Academy]] - issue: excluded twice, found with two phones and a train ticket to Norwich - mum: [[NAME:Faadumo Samatar]] - ask: NRM referral, and do we tell mum about the phones?
Youth worker at the Kirkby detached project. A lad everyone calls [[NAME:Smudge]] (real name [[NAME:Kyran Blundell]], 15) has been sofa-surfing at [[ADDRESS:37 Bewley Drive]] since his mum put him out. He's asked me not to tell anyone. How long can I sit on that?
School nurse – [[NAME:Harper Critchley]] (Year 8, NHS [[NHS:auto-plain]]) has been coming to me most days with stomach pains and yesterday showed me cuts on her thighs. She says she'll stop talking to me if I tell her mum. Can I refer to CAMHS without parental consent?
[[MENTION:@joanna.mash]] can you check if there's anything on [[NAME:Patryk Woźniak]] DOB [[DATE:22.03.2010]]? His mum [[NAME:Ewelina]] came into the library asking for help and says he's been staying out all night. Nothing on our system.
Can I reply to a parent at [[EMAIL:t.holt.1982@example.com]]? He says he's [[NAME:Aaron Holt]]'s dad and wants to know why [[NAME:Aaron]] was kept in at lunch. The email signs off "[[NAME:Tel]]". We've got a different dad on the contact sheet and a note saying no contact with [[NAME:Terence Holt]]. I don't want to confirm anything.
Family support: [[NAME:Shamima Sarkar]] at [[ADDRESS:Flat 27, Lansbury Court, Varden Street]], [[POSTCODE:E1 1QW]] wants us to promise her in-laws won't find out she went to the refuge drop-in. Her son [[NAME:Tahsin]] (Year 2) goes to the same school as his cousins. What can we realistically promise?
Has anyone got a plain-English leaflet on what happens after a referral? I've got a mum who reads well but panics at jargon and I'd rather give her something than try to explain it all on the doorstep.
Aberdeen City have asked whether [[NAME:Marsaili Cruickshank]] (DOB [[DATE:14 April 2015]]) is known to us – she's been staying with her dad in Hexham since October. Her mum's address up there is [[ADDRESS:2F, 41 Menzies Road]], [[POSTCODE:AB11 9AX]]. Can I confirm without speaking to Dad first?
DSL at [[SCHOOL:Springvale Junior School]]: [[NAME:Harnoor Bassi]] (Year 6) told her teacher her older brother [[NAME:Ravinder]] hits her when their parents are at the gurdwara. Parents are lovely and very involved. I'm worried about how they'll react – do we speak to them first?
Police referral: [[NAME:Ionuț Căldăraru]] (9) and his sister [[NAME:Rebeca]] (11) were found selling tissues at the traffic lights on a school day. They gave their address as [[ADDRESS:15 Gladstone Street]], [[POSTCODE:NG7 6GA]]. Dad, [[NAME:Costel Căldăraru]], says they were with their uncle. Joint visit?
Homes for Ukraine host [[NAME:Gillian Marchbank]] has emailed from [[EMAIL:gill.marchbank@example.org]] to say the mum she's hosting, [[NAME:Yuliia Hnatiuk]], has been leaving [[NAME:Zlata]] (6) alone in the annexe while she works. She wants to know if she should tell the council. What do we advise?
Manager at [[SCHOOL:Little Sprouts Pre-School]] – [[NAME:Elsie Fothergill]] (2) has had a black eye and a bite mark in the same week. Mum ([[NAME:Sophia Fothergill]]) says the bite was from the dog. Photos taken. Do we ring the MASH before pick-up at 3?
[[NAME:Dinah Lovell]] has asked the Traveller Education worker to stop the school sending letters home because her husband reads them and goes mad. She lives on [[ADDRESS:Plot 9, Gorsey Lane Travellers' Site]], [[POSTCODE:WS11 9SX]]. Can school text her instead without telling him?
PA here – [[NAME:Malakai Forsythe]] (19) needs his NI number for a job at the warehouse and has asked me to send it to the agency: [[NI:PZ 41 87 26 C]]. Their email is [[EMAIL:onboarding@quickhire.example.com]]. He's happy for me to do it – anything I should leave out?
anyone free to ring [[NAME:bev]] at the food bank back on [[PHONE:0161 496 0731]]? shes worried about a dad who came in with 3 kids and no coats and said theyve been sleeping in the car. she didnt get names
Interpreter request: Sorani for [[NAME:Chnar Mahmoudi]] on [[DATE:3 February]] at [[ADDRESS:Room 14, Cairn Hotel, Esplanade Road]], [[POSTCODE:HG2 8QT]]. Her son [[NAME:Aram]] (10) hasn't been in school since they were moved from Wakefield. Can the hotel manager be told the school place is being chased?
[[NAME:Akwasi Frimpong]] (Year 10) turned up with a split lip and said his dad disciplined him for a bad report. His mum, [[NAME:Adjoa Frimpong]], emailed from [[EMAIL:adjoa.frimpong@example.net]] this morning to say he'd been in a fight at football. Which version do I send to MASH?
Do we have to tell parents before we share with the police if the police are the ones asking? The officer on the phone said it would tip the dad off.
BN(O) family: [[NAME:Ho Yin Leung]] (Year 7) told his form tutor his parents are separating and his dad has said he'll take him back to Hong Kong. Mum, [[NAME:Carmen Leung]], wants school to keep his passport. Is that something we can even do?
Athrawes at [[SCHOOL:Ysgol Gynradd Nant Caerau]]: [[NAME:Guto Maddocks]] (Bl 3) has told us his taid made him watch "grown-up films". He's staying with his grandparents in Caerphilly while Mam is in hospital. Referral to the IAA, or phone Mam first?
Control room note – third call tonight from [[PHONE:0113 496 0917]], a woman saying her ex [[NAME:Kris Lumb]] is outside [[ADDRESS:8 Thwaite Gate]], [[POSTCODE:LS10 1NW]] and the kids are screaming. Officers attended, he'd gone. Children [[NAME:Mylo]] and [[NAME:Bonnie]] are at primary. Does the school get told in the morning under Encompass?
Healthcare assistant [[NAME:Joylyn Villanueva]] has asked the school nurse for advice – her daughter [[NAME:Kristine]] (13) is being bullied online by a girl whose older brother then sent her nude pictures. Mum wants to go round there herself. What do we tell her?
Midwife: [[NAME:Freshta Hotak]] (NHS [[NHS:auto-dash]]), 30 weeks, has asked for a female interpreter and says her husband listens to every appointment on speaker. Can I see her alone at the next appointment without it looking suspicious?
wee q – can i tell [[NAME:gregor]]'s gran that his dad [[NAME:davie imrie]] got out of barlinnie last week? gran has him on a kinship order and dad's been phoning the school asking what time they finish
Our Year 11 [[NAME:Tamsyn Polglase]] has been live-streaming from her bedroom late at night at [[URL:https://live.example.net/tamsynxo]] and men are sending her gifts. Mum works nights at Treliske. Do I tell Mum or the police first?
Is a child in need plan enough when the school is the only agency that sees the child every day? I feel like we're carrying all the risk and nobody else turns up to the meetings.
[[MENTION:@lado.duty]] advice please – a lunchtime supervisor at [[SCHOOL:Brackenfield CE Primary]], [[NAME:Glenda Ruddock]], was seen dragging a Year 2 boy across the hall by his jumper. She's the head's sister-in-law and the head wants to deal with it internally.
Health visitor: [[NAME:Sujata Limbu]] (Nepali, husband in the Gurkhas) at [[ADDRESS:12 Ypres Road]], [[POSTCODE:GU11 2HP]] says her husband hasn't let her leave the quarter since he got back from deployment. Baby [[NAME:Aarush]] is 3 months. Does Army welfare get told?
Mrs [[NAME:Georgiou]] has asked me not to put on file that her son [[NAME:Kyriacos]] (17) hit her. She says he's stressed about his A levels and she doesn't want him to lose his place at uni. His little sister [[NAME:Eleftheria]] (9) saw it. Can I leave it off?
Custody: detained juvenile [[NAME:Reiss Gallacher]] (16) gave his NI number as [[NI:SJ 73 05 94 D]] and his address as [[ADDRESS:54 Cardigan Terrace]], [[POSTCODE:NE6 4PB]]. Mum refuses to attend as appropriate adult. Can EDT send someone?
Teacher: [[NAME:Zelal Doğan]] (Year 5) says she's going to Turkey in the summer "to get engaged". She's 10. Parents are [[NAME:Hüseyin]] and [[NAME:Gülşen Doğan]]. Forced Marriage Unit or MASH?
YOT worker: [[NAME:Jevon Blackwood]] (16, NI [[NI:EP527036A]]) has moved to his nan's at [[ADDRESS:71 Mervan Road]], [[POSTCODE:SW2 1DP]] after threats on Snapchat. His old address is known to the group who stabbed his cousin. Do we tell the school the new address or just that he's moved?
Practice nurse – [[NAME:Dexter Yeadon]] (NHS [[NHS:auto]]) has missed all his 12-month jabs and four appointments. Mum ([[NAME:Tiffany Yeadon]]) sent me [[URL:https://www.example.net/vaccine-truth-uk]] as her reason. Is non-attendance on its own a safeguarding issue?
• child: [[NAME:Cian Mulgrew]] (8) • school: [[SCHOOL:St Comgall's Primary School]] • mum: [[NAME:Nuala Mulgrew]] • address: [[ADDRESS:29 Slievegallion Drive]], [[POSTCODE:BT11 8JT]] • worry: dad released from Maghaberry, paramilitary threats on the house • question: does education welfare need told?
Forwarding from the office inbox at [[SCHOOL:Lowfields Junior School]] ([[EMAIL:office@lowfieldsjuniors.example.org]]): a mum called [[NAME:Tracy Gaskell]] says her ex has been seen waiting outside the gate and she's got a non-mol. Do we need a copy before we call the police if he turns up?
Legal have asked whether the school can share [[NAME:Hunter Mellor]]'s attendance since [[DATE:1 September 2025]] for the ICO hearing on [[DATE:23rd February]]. Mum's solicitor hasn't agreed. Can we send it?
Cannabis farm raid overnight: officers found a boy who says he's 15, [[NAME:Truong Van Tuan]], at [[ADDRESS:118 Ladypool Road]], [[POSTCODE:B12 8JY]]. No ID and terrified. Placement tonight and NRM – can the interpreter be told his name?
Quick one about recording – if a child discloses to a lunchtime supervisor who isn't trained, does she write it up herself or tell the DSL and let them write it? Our policy is vague.
Is it okay to text [[NAME:Kerensa Trevithick]] the link to the parenting course, [[URL:https://www.example.org/parenting/triple-p-online]]? It's a family phone and her partner reads her messages. She asked for it but I don't want to put her at risk.
[[MENTION:<@U09BGX4K2M>]] can you ring [[NAME:Eimear Quinlan]] back? She's the health visitor in Lisburn and she's on [[PHONE:028 9649 6175]]. It's about a family who've moved over to Antrim from Leeds.
Our foster carer says [[NAME:Ardit Kelmendi]] (17, UASC) has been getting calls from an Albanian number and going out at 2am. He told her a man called [[NAME:Besnik]] is "helping him with his debt" and sent him [[URL:pay.example.com/ardit-debt]]. NRM and a police intelligence form?
hiya – [[NAME:hallie]]'s mum from reception just told me they've been evicted and are all sleeping at her nans at [[ADDRESS:23 fernlea terrace]] [[POSTCODE:hx3 6lt]]. 7 of them in a 2 bed. do i need to do anything or is it just housing
Housing options: [[NAME:Florica Bălan]] and her three children are in B&B at [[ADDRESS:Room 6, Lynwood Guest House, 14 Clifton Drive]], [[POSTCODE:FY8 1HQ]]. Her NI number is [[NI:SR 28 61 74 B]] – can I share it with the benefits team so her UC moves with her? The youngest is 4 months.
For advice: a Year 10 pupil, referred to here as [[NAME:AJ]], disclosed on [[DATE:13.01.2026]] that a teaching assistant has been messaging her on Instagram. The TA is [[NAME:Lucas Prendergast]]. We have not yet informed the parents. Does the LADO need to be contacted before we speak to them?
sw covering today – can someone call mum back on [[PHONE:07700900346]]? her name is [[NAME:jasmin]] and her daughter [[NAME:neve]] (14) hasnt come home since friday. police already know, mum just wants someone to talk to
How do other teams handle a parent recording a home visit on their phone without asking? I didn't mind, but I wasn't sure whether I could say no or ask for a copy.
School admissions: the council have placed [[NAME:Tasneem Abdelrahim]] (Year 8, Sudanese, arrived in October) with us, but her dad says she's not allowed to do PE or go on trips and has stopped her coming on Fridays. Is this a cultural conversation or a safeguarding one?
A tutor at the cheder has told us that [[NAME:Mendel Feldman]] (9) came in with a belt mark on his legs. His father, [[NAME:Yossi Feldman]], is on the board of the cheder and the tutor is frightened of losing his job. Family live at [[ADDRESS:49 Darenth Road]], [[POSTCODE:N16 6ES]]. How do we protect him as the referrer?
Paediatric liaison: please could the school nurse at [[SCHOOL:Kingswear Park Academy]] be told that [[NAME:Paris Ellwood]] (DOB [[DATE:09-11-2012]]) attended A&E after an overdose? Her mum, [[NAME:Tasha Ellwood]], has asked that school aren't told. The nurse's email is [[EMAIL:sn.teamsouth@example.org]].
hi, polish speaking TA says [[NAME:kuba]] in yr 4 told her his dad hit him with a wooden spoon for lying. dad is [[NAME:radek]] and mum doesnt speak english. do i get the TA to translate for the SW or is that a conflict?
[[MENTION:@haf.earlyhelp]] the [[NAME:Ollerenshaw]] family have agreed to an EH assessment – Mum's number is [[PHONE:0161 496 0288]] and she'd prefer a visit after 3. The referral form is in the shared drive under the case code.
[[NAME:Yazan Alkhatib]] (Year 3, Syrian) keeps falling asleep in class. His mum [[NAME:Rasha]] says he wakes screaming every night since the earthquake, and Dad is still in Turkey. Is this a CAMHS referral or Early Help first?
What do people do when a teenager gives consent to share and then changes her mind the next day? I'd already emailed the referral by the time she came back to me.
GP safeguarding: request to share records of [[NAME:Barnaby Whitlam]] (NHS [[NHS:auto-plain]]) with the LA for the child protection conference on [[DATE:29 January]]. Father has objected in writing. Can we share a summary?
Transfer in from Renfrewshire: [[NAME:Demi McGarvey]] (16, pregnant, NI [[NI:YZ 84 20 61 B]]) is now at [[ADDRESS:0/2, 27 Craigie Street]], [[POSTCODE:G42 7EF]]. Her boyfriend [[NAME:Ross]] is 23. Does this go to the Glasgow team now or stay with Renfrewshire until the handover meeting?
Ward social worker: [[NAME:Zsófia Nagy]] gave birth yesterday and says she's going back to Hungary with the baby tomorrow. Baby [[NAME:Levente]] is subject to a pre-birth plan from Peterborough. What can we do before she's discharged?
Youth worker: one of the girls, [[NAME:Aimee Threlfall]] (15), showed me an account at [[URL:https://www.example.com/rate-the-girls-skelmersdale]] where lads post pics of girls from her school. Her photo's on it. Police, school, or both?
HV: [[NAME:Bushra Kiani]] (NHS [[NHS:auto]]) at [[ADDRESS:Flat 4, 212 Stratford Road]], [[POSTCODE:B11 1AN]] says her mother-in-law takes baby [[NAME:Zidan]] from her at night. Her number is [[PHONE:0121 496 0675]] but she says text only. Is this DA?
pc on nights – picked up [[NAME:tj okoli]] again at 2am outside the chicken shop. hes 14 and had £200 and 2 phones on him. mum [[NAME:chioma okoli]] said shes given up. whos his sw??
Nursery: [[NAME:Desislava Petkova]] has asked us to stop her ex-partner's mother collecting [[NAME:Kaloyan]] (3). There's no order and his other gran has been doing pick-ups for a year. What can we lawfully do?
Attendance officer: I door-knocked at [[ADDRESS:31 Pennington Street]], [[POSTCODE:WN7 4HD]] for [[NAME:Kasey Unsworth]] (Year 4, 40% attendance) and a man I didn't recognise said the family had "gone to Spain". Mum's phone is dead. CME referral today or wait till after half-term?
Housing: our repairs operative went into [[ADDRESS:19 Coniston Way]], [[POSTCODE:PR7 3LY]] for a leak and found no electricity, mattresses on the floor and three children under five. Tenant is [[NAME:Lana Hesketh]], NI [[NI:NL 63 94 17 D]] on the tenancy. Does he need to make a referral himself or can I do it for him?
A Farsi interpreter has told us she knows the family – [[NAME:Golnaz Farahani]] and her son [[NAME:Arash]] (13) – from church, and that the dad has threatened to kill them for converting. She wants to be taken off the case. How much do we tell the family about why?
urgent pls – address for tonights s47 visit is [[ADDRESS:flat 9 dovecote house, larch avenue]] [[POSTCODE:wv4 6qs]]. kids are [[NAME:bronson]] and [[NAME:taliyah]]. police meeting us there at 6. dad [[NAME:lenny]] is known for dogs
UASC: [[NAME:Mehari Gebreyesus]] (16, Eritrean) says his cousin in Birmingham, [[NAME:Yohannes]], will "sort him a job" if he goes up there. He has the cousin's number, [[PHONE:0121 496 0442]]. Missing risk? Do I share it with West Midlands Police?
Finance query: can the virtual school have [[NAME:Kiara Mountford]]'s NI number ([[NI:JT 46 81 09 A]]) for her 16–19 bursary? She's in care and the college says they need it by [[DATE:6th Feb]].
Just checking the Early Help form – does it have to be signed by the parent or is verbal consent recorded on the form enough? Our new SENCo thinks it needs a signature.
[[NAME:Luíza Andrade]] has emailed from [[EMAIL:luiza.andrade.uk@example.com]] asking why her son [[NAME:Enzo]] has been put on a CP plan when "nobody told her". She wasn't at the conference – the interpreter didn't turn up. Can we send her the minutes in Portuguese?
DSL: [[NAME:Aleeza Rathore]] (Year 9) hasn't come back from Pakistan after the Christmas holidays. Her uncle, [[NAME:Tanveer]], says she's "staying for a wedding". Her friend says it's her own wedding. Do we ring the Forced Marriage Unit today?
[[MENTION:<@U0A5RK8NQ3>]] heads up from the community: a house party advertised on [[URL:https://events.example.net/e/halloween-rave-kingswood]] has under-16s invited and the address on request from someone called [[NAME:Ricardo]]. Can the schools send a message to parents?
Counsellor here: [[NAME:Mabli Watkins]] (Blwyddyn 8) says her mam's partner [[NAME:Dai]] films her in the shower. They live at [[ADDRESS:4 Heol Tyisha]], [[POSTCODE:SA15 3BY]]. Mam is on [[PHONE:029 2018 0463]]. Police first, obviously – but do I tell Mam?
Education welfare: [[NAME:Hughie Cawley]] (12) hasn't been in since the summer – his dad says he's "working with him now" on the tarmac. They're on the roadside by the retail park, no fixed address. Who picks this up, us or the GRT team?
A&E safeguarding nurse: [[NAME:Ember Lonsdale]], DOB [[DATE:2 March 2024]], NHS [[NHS:auto]], brought in by Dad ([[NAME:Curtis Lonsdale]]) with a fractured femur. History of "rolled off the bed". Mum ([[NAME:Jolie]]) not answering. Skeletal survey booked. Police and SW tonight?
Health visitor: [[NAME:Hetal Mistry]] tells me her husband's family won't let her take baby [[NAME:Vihaan]] to the clinic because it's bad luck before the naming ceremony. Baby's jaundiced. She's at [[ADDRESS:62 Harrison Road]], [[POSTCODE:LE4 6QY]]. Do I escalate now?
youth club – [[NAME:ayo]] asked me if he can stay at the club overnight cos his uncles friends are "staying for a bit" and one of them made him hold a bag. hes 13. i said id ask. dont want to lose him
[[MENTION:@k.whitelaw]] for the conference pack: Dad's email is [[EMAIL:pj.heseltine@example.net]] and he's asked for everything electronically. Mum ([[NAME:Verity Heseltine]]) doesn't want him to have her new address, which is in section 3. Redact before sending?
Tutor at the Saturday Chinese school says [[NAME:Zixuan Lin]] (8) told her his mum locks him in the car while she works at the restaurant. He's at [[SCHOOL:Wellfield Community Primary]]. Should the tutor report to them or straight to us?
Silly question maybe, but if I'm worried about a child who lives in another county, do I refer to my local MASH or theirs? The family only come to our town for the weekend.
[[NAME:Fiachra Brolly]] (14) has turned up at his aunt's in Liverpool saying he can't go back to Strabane. Aunt is [[NAME:Ciara O'Hagan]] at [[ADDRESS:88 Moscow Drive]], [[POSTCODE:L13 7DH]]. Who contacts the Western Trust?
School nurse: diabetic pupil [[NAME:Rhianna Pybus]] (Year 10, NHS [[NHS:auto-dash]]) keeps missing insulin and Mum says it's the school's job. She was admitted on [[DATE:17/01/26]] with DKA. Is this medical neglect?
Investigation update: [[NAME:Anton Shevtsov]] (NI [[NI:WK 19 35 82 C]]) has been bailed to [[ADDRESS:Flat 2, Olympia House, 7 Humber Dock Street]], [[POSTCODE:HU1 2DB]] with a condition of no contact with under-18s. His partner has a 5-year-old. Does she get told?
HV: [[NAME:Laima Kalniņa]] (Latvian) says her partner [[NAME:Aigars]] drinks and she takes the baby to sleep in the car when he's bad. They live at [[ADDRESS:Flat 5, 33 Fen Road]], [[POSTCODE:PE30 5LN]]. She has a mobile he doesn't know about, [[PHONE:07700 900 537]]. Can I put it on the record?
Private fostering? [[NAME:Glody Mukendi]] (11, Congolese) has been living with a family friend, [[NAME:Espérance Kabila]], for five months while his mum is in Kinshasa. Her mobile is [[PHONE:+44 7700 900 268]]. School only found out this week. Who does the visit?
Sexual health nurse: [[NAME:Libby Roscoe]] (14) wants the implant and says her boyfriend is "about 20". She found us through [[URL:https://www.example.org/sexual-health/under-16s]], gave her email as [[EMAIL:libbyx.roscoe@example.com]] and asked us not to post anything home. Do I need to tell anyone?
Does anyone have a template for telling a parent we've made a referral when we can't reach them by phone? I don't want to put too much in a letter that someone else might open.
[[SCHOOL:Roseacre Junior School]]: [[NAME:Matilda Pringle]] (Year 5) was collected on [[DATE:16th January]] by her dad's new partner, [[NAME:Sasha Keighley]], who Mum has told us isn't allowed near her. Mum ([[NAME:Natalie Pringle]]) is furious with us. What should we have done?
Temple volunteer has told us [[NAME:Kavin Rajaratnam]] (Year 7, [[ADDRESS:17 Kenton Park Crescent]], [[POSTCODE:HA3 8DN]]) is being kept home to look after his dad, who has MS. Mum works long shifts in Harrow. Young carers assessment – can the volunteer refer, or should it come from school?
A parent forwarded [[URL:https://chat.example.com/invite/year8-banter]] – a group chat where Year 8s are sharing a video of [[NAME:Georgie Winstanley]] being hit at the bus stop. Her parents don't know yet. Who tells them?
[[MENTION:<@U0B7LK2TDX>]] [[NAME:Morwenna]] from the Truro office rang – can you call her back on [[PHONE:01632 960 184]]? It's about [[NAME:Jowan Trewin]] and whether his new school in Plymouth has had the file.
Minutes excerpt for advice. Present: [[NAME:Rachael Birtwistle]] (SW), [[NAME:Ade Ogunsola]] (DSL), [[NAME:Sharmila Nair]] (HV). Subject: [[NAME:Blossom Ferriday]] (3). Review on [[DATE:10 Feb]]. Question raised: can the nursery see the full chronology or only the plan?
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
Before ringing the MASH, jot down what the child said, what you saw and what you already know about the family. The call handler will ask, and having it in front of you makes the conversation quicker and calmer.
CAMHS waiting lists are long in many areas, so schools often hold young people with serious anxiety for months. The DSL should make sure that pastoral staff are supported and that the risk is reviewed regularly while the family wait.
The LADO can advise on whether a concern about a coach, tutor or volunteer meets the threshold for a formal allegation. Settings should ring for a consultation even when they think the answer will be no.
A Section 47 enquiry can be closed with no further action and still leave a family shaken. A follow-up call from the social worker, explaining the outcome in plain words, helps to repair trust with school and health.
Year 9 is often the point at which exploitation risks rise sharply. Pupils who suddenly have new trainers, new friends from other areas or unexplained journeys by train deserve a closer look.
Mum and Dad are not always the people a child trusts most. Sometimes it is a lunchtime supervisor, a caretaker or a bus driver who first hears that something is wrong, and every adult in a school needs to know how to pass that on.
Early Help is voluntary, and families can say no. When they do, the lead practitioner should record the reasons, keep the door open and consider whether the concerns have changed enough to need a referral.
A strategy meeting should agree who will speak to the child, who will speak to the parents and in what order. Getting that order wrong can allow evidence to be lost or a frightened child to be pressured into retracting.
Agencies in Cumbria, Northumberland and the Scottish Borders often share families who move back and forth across the border. Workers should know the neighbouring teams and how to reach them out of hours.
Hospitals see children at their most vulnerable, often late at night and without the usual professionals around them. Ward staff should check whether a child is already known to social care before discharge, especially after an injury.
On Fridays many duty teams are stretched as families worry about the weekend ahead. Referrals made early in the day give social workers time to visit before the office closes.
Polish, Romanian and Lithuanian are among the languages most often heard in English classrooms. Translated letters and bilingual staff make an enormous difference to parents who want to help but do not understand the system.
Welsh and English versions of a child protection plan should say exactly the same thing. Families in Gwynedd and Anglesey have the right to receive their paperwork in Welsh without delay.
Health visitors in Sunderland, Gateshead and South Tyneside regularly meet mothers who have never been asked about domestic abuse in private. A routine question, asked when a partner is out of the room, can be the start of a safety plan.
Neglect of teenagers is easily missed because older children can feed themselves and get to school. Professionals should ask whether anyone at home notices when they are ill, upset or out all night.
Throughout August the school is closed, but safeguarding does not stop. Designated leads should agree who will monitor emails, who will attend meetings and how staff can report worries during the holidays.
Police officers attending a domestic incident should record the names and ages of every child in the house, even if they are asleep. The notification to the school the next morning depends on that information being accurate.
Private fostering arrangements are common in some communities and rarely reported. Schools that notice a child living with a family friend for more than a few weeks should tell the local authority so that the arrangement can be checked.
Scottish practitioners speak of a named person and a child's plan, while English guidance uses different terms. Workers who move across the border soon learn that the underlying principles are very similar.
Some young people with autism struggle to describe abuse in the ways adults expect. Visual aids, extra time and a familiar adult in the room can help them communicate what has happened.
Reception teachers are often the first professionals to spend whole days with a child. They notice toileting, speech, hunger and fear, and their observations deserve to be taken seriously by other agencies.
Faith leaders in Bradford, Leicester and Luton have worked with councils to develop safeguarding training for mosques, temples and churches. The best sessions are designed with the community rather than delivered to it.
Monday morning strategy discussions often pick up concerns that arose over the weekend. Agencies should make sure that the notes from emergency duty reach the right team before the meeting starts.
A child who is afraid to go home should never be sent home without a conversation with children's social care. If the DSL is unavailable, any member of staff can make the call.
Young people who identify as gay, bisexual or trans may face rejection at home and be at greater risk of homelessness. Youth workers should be ready to explain their rights and options without judgement.
Foster carers in rural Herefordshire and Shropshire may live many miles from the nearest hospital or police station. Placement plans should take travel times into account, particularly for children who go missing.
Somali-speaking and Arabic-speaking community workers can help families understand why a professional is concerned. Interpreters should be briefed beforehand so that they know the purpose of the visit.
Information sharing is a duty, not a favour. Practitioners who hold back because of worries about data protection should remember that the law permits sharing to keep a child safe.
Parents who grew up in care themselves may find professional meetings both frightening and familiar. Workers should acknowledge that history and avoid repeating the mistakes made when the parents were children.
The Crown Prosecution Service and the police may need to speak to a child witness several times. Schools can help by providing a quiet room and a trusted adult, and by keeping the visits discreet.
Dental neglect is one of the clearest signs that a young child's needs are not being met. Dentists who see untreated decay should consider sharing their concerns with the health visitor or the GP.
Christmas and New Year can bring extra pressure, including debt, drinking and crowded homes. Schools often see the effects in January, when children return tired, hungry or unusually quiet.
Ukrainian, Afghan and Syrian families who have been resettled may still have relatives in danger. Practitioners should be sensitive to the anxiety that news from home can cause.
Children excluded from school spend more time unsupervised and can be targeted by older peers. Alternative provision should start quickly, and the exclusion meeting is a good moment to check for exploitation risks.
A referral should say clearly what the referrer is worried about and what they want to happen next. Vague referrals are harder to act on and may be closed before anyone has spoken to the child.
Grandmothers, aunts and older cousins often hold families together during a crisis. Assessments that ignore the wider family can miss both the risks and the strengths around a child.
Trafficked children may carry false documents or give an age that is not their own. Police and social workers should treat them as children first and avoid decisions about age being made on appearance alone.
Designated teachers for looked-after children should meet the virtual school regularly and share progress openly. Personal education plans work best when the young person has helped to write them.
A nursery key worker may notice that a toddler flinches when a particular adult arrives. That kind of observation should be written down straight away, with the time and the words used.
Housing associations across Merseyside and Greater Manchester now train their staff to recognise signs of cuckooing. Tenants who are being exploited in their own homes are often too frightened to ask for help directly.
Social workers must see children alone whenever it is safe and appropriate to do so. A child who is always seen with a parent present may never feel able to speak freely.
GPs are sometimes reluctant to attend child protection conferences because of surgery commitments. A written report, sent in good time, is far better than no contribution at all.
Young carers often hide their responsibilities because they fear the family will be split up. Schools in Swansea, Newport and Wrexham have found that a lunchtime group can give them the confidence to ask for support.
Online abuse can continue long after a single image has been shared. Report Remove and similar tools give young people some control, and staff should know how to guide them through the process.
After a serious incident, the Child Safeguarding Practice Review Panel may examine how agencies worked together. The aim is learning rather than blame, and frank contributions from practitioners are valued.
Tuesday afternoon case discussions in the health visiting team give staff a chance to talk through families they are worried about. Sharing the load in this way reduces stress and improves decisions.
Gypsy, Roma and Traveller children have some of the lowest attendance rates in England. Schools that build relationships with families, rather than relying on letters and fines, tend to see better results.
Northern Ireland uses a different legal framework from England and Wales, and the health and social care trusts take the lead on child protection. Practitioners in Belfast or Derry should check local procedures before following guidance written elsewhere.
A chronology should start from the child's birth, or earlier where relevant, and include every significant event. Gaps in the record can hide patterns that would otherwise be obvious.
Listening to fathers is as important as listening to mothers. Men who are left out of assessments may feel blamed, and their own risks or strengths may never be understood.
"""

SPEC = ct.holdout_spec(
    7,
    "z",
    "w7-",
    nhs_seed=20260126,
    known_parity=1,
    names=145,
    structured=125,
    per_structured=8,
    address=30,
    school=10,
)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

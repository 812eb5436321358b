#!/usr/bin/env python3
"""Build the eighth, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout8.jsonl``      – 100 safeguarding messages (ids h8-001..h8-100)
  with gold identifier spans, every record ``"split": "holdout8"``.
* ``clean_prose_holdout8.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids p8-001..p8-050), every record ``"split": "holdout8"``.

Format and labelling conventions are exactly those of the earlier sets; the
marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title or rank ("Mr", "PC"), no
  possessive "'s"/"’s", no relationship word ("Mum", "Mam", "Da", "Auntie").
  Initials, nicknames and names typed in lower case in a hurry count as NAME.
* DATE covers the date only, not a "DOB"/"born"/"EDD" prefix or a weekday.
  Ages, weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/pitch number and house,
  court, hotel or site name, and Scottish "3/2" or "2/1" flat positions); the
  town or village is not labelled; the postcode is its own POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.
* Towns, cities, regions, islands, nationalities, languages, agencies,
  hospitals, prisons, weekdays, months, seasons and festivals are never
  labelled.

The parser, validators and freshness check live in ``corpus_tools.py``.
Everything here is new: the freshness check is run against all seven earlier
sets (``corpus.jsonl`` and ``corpus_holdout2.jsonl`` .. ``corpus_holdout7.jsonl``,
and the seven earlier clean prose files), so it refuses any NAME word, ADDRESS, street,
SCHOOL, postcode, structured value or sentence already used there, including in
holdout7, and a person, street, school or structured value repeated across
lines of this set.

Standard library only, deterministic, re-runnable:  python3 build_holdout8.py
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
Morning all – quick sense check. [[NAME:Kadie Ormerod]] (Year 4, [[SCHOOL:Bankfoot Primary School]]) told her TA that Mum's boyfriend, who she calls "[[NAME:Baz]]", locks her in her bedroom when Mum is on nights. Do I speak to Mum at pick-up or ring the front door first?
[[MENTION:<@U08HZ2QJ4K>]] are you on duty? A neighbour has rung about [[ADDRESS:17 Cwrt y Felin]], [[POSTCODE:CF83 2NJ]] – two little ones, [[NAME:Nel]] and [[NAME:Cynan Probert]], left on their own since breakfast. Mum ([[NAME:Kerys Probert]]) isn't picking up on [[PHONE:029 2018 0571]]. Police welfare check?
hv here - can i tell the gp that [[NAME:jodi]] said her partner keeps her bank card and wont let her see her own mum? baby [[NAME:teddie]] is 6 wks. she asked me not to write it down but surely i have to
Case note [[DATE:03/02/2026]]: home visit to [[ADDRESS:Flat 6, Larkspur House, Mercer Road]], [[POSTCODE:ME7 4QZ]]. [[NAME:Mila Blackmore]] (6) seen alone and said she is "not allowed" in the kitchen. Stepfather [[NAME:Darryl Pegler]] present throughout and refused access to the bedrooms. Advice sought re sharing observations with school.
GP here. [[NAME:Nasreen Ullah]] brought in her 3-year-old, [[NAME:Zayan]] (NHS [[NHS:auto]]), with a scald on his foot she says came from the bath. The edges look like a dip to me. Do I ring the on-call paediatrician first or the MASH?
Yr 10 pastoral – [[NAME:Kaison Sugden]] has been bringing in cash and new trainers and gets picked up from the bus stop in a white Golf by someone he calls [[NAME:Deano]]. Mum says he's got a weekend job at a car wash. Is this enough for a CE screening?
Housing officer – tenancy visit at [[ADDRESS:42 Windermere Avenue]], [[POSTCODE:BB5 0RS]] and the tenant, [[NAME:Tracey Horrocks]] (NI [[NI:NE 48 03 72 D]] on the file), had a black eye and said she walked into a door. Two kids at home, [[NAME:Dolly]] and [[NAME:Louie]]. Her ex is meant to be barred from the property. Do I report this or is it her business?
Can I check – when a child is open as CIN and the family move to another authority, is it us or them who tells the new school? Getting mixed messages from two managers.
PC [[NAME:Iwan Cadwaladr]], North Wales Police. Attended a domestic at [[ADDRESS:5 Ffordd Glasfryn]], [[POSTCODE:LL57 4BT]] overnight. Two children present, [[NAME:Gwion]] (8) and [[NAME:Eiry Jarman]] (11). The PPN is in – does the school get told this morning?
• YP: [[NAME:Abdirizak Gedi]] (15) • school: [[SCHOOL:Thornhill Park Academy]] • concern: missing three nights, came back with a train ticket from Bournemouth • mum: [[NAME:Fowsia Gedi]] • ask: return interview done, can it be shared with the police?
Youth worker here. One of our regulars, [[NAME:Jordie]], says his older brother's mates are storing "stuff" at their flat on [[ADDRESS:Brookside Walk]]. He's 14 and petrified. He begged me not to say anything. What are my options?
School nurse: [[NAME:Clíodhna Mulvenna]] (Year 9, NHS [[NHS:auto-plain]]) has told me she's making herself sick after every meal and her mum doesn't know. She's terrified of going back to the eating disorders unit. Can I tell her GP without telling Mum?
[[MENTION:@gemma.duty]] could you look [[NAME:Rokas Jankauskas]] up? DOB [[DATE:11.06.2011]]. His mum [[NAME:Rūta]] turned up at reception crying and said his dad has taken him to Lithuania without telling her.
Can I reply to this email from [[EMAIL:dazza.kettle77@example.com]]? He says he's the dad of [[NAME:Darcie Kettle]] in Year 3 and wants her reports sent to him. Mum told us there's a court order but we've never had a copy.
Family support worker: [[NAME:Shahnaz Khanom]] at [[ADDRESS:Flat 12, Pelham Court, Hessel Street]], [[POSTCODE:E1 2LP]] says her husband's brother has moved in and she's frightened of him. Her daughter [[NAME:Sumaiya]] (Year 5) has stopped eating her lunch. Can I tell the school what she's told me?
Does anyone have a good script for explaining to a parent why we're sharing without consent? I always end up over-apologising and it muddies things.
Moray Council have asked if [[NAME:Kirstin Strachan]] (DOB [[DATE:22 May 2014]]) is known to us. Dad has brought her down to Carlisle and says Mum's drinking again. Mum's address is [[ADDRESS:3 Seafield Crescent]], [[POSTCODE:IV30 5TW]]. Can I share what we hold?
DSL at [[SCHOOL:Greenacres Junior School]]: [[NAME:Navpreet Sidhu]] (Year 6) says her older cousin [[NAME:Jagdeep]] touches her when the families get together at weekends. Her parents are strict and very private. Do I tell them or go to MASH first?
Officers found [[NAME:Denis Ursu]] (10) begging outside a supermarket on the morning of [[DATE:2 February]]. He gave his address as [[ADDRESS:61 Burngreave Road]], [[POSTCODE:S3 9DF]]. Mum, [[NAME:Luminița Ursu]], says he ran off. Joint visit with education welfare?
Kinship carer [[NAME:Pauline Grimshaw]] ([[ADDRESS:11 Hawthorn Rise]], [[POSTCODE:DN4 6LB]]) emailed from [[EMAIL:pauline.grimshaw54@example.org]] saying her grandson [[NAME:Ned]] (9) came back from contact with his dad with a bruise on his arm. She wants to stop contact tomorrow. What do we tell her?
Manager at [[SCHOOL:Tiddlywinks Day Nursery]] – [[NAME:Rory Ridsdale]] (2) came in with fingertip bruising on both upper arms. Dad ([[NAME:Kurt Ridsdale]]) says he grabbed him to stop him falling down the stairs. Photos and body map done. MASH now?
[[NAME:Teresa Mongan]] has asked the school to only ring her, not her husband, about [[NAME:Christy]]'s attendance. They're on [[ADDRESS:Pitch 14, Limekiln Lane Site]], [[POSTCODE:BS16 1QW]]. Can school put an alert on the system without him knowing?
Leaving care PA: [[NAME:Kenrick Hinds]] (18) wants me to send his NI number to the college bursary team – it's [[NI:RT 52 19 84 A]] and their address is [[EMAIL:bursaries@northfleet-college.example.org]]. Is it okay to just email it over?
anyone able to ring [[NAME:marg]] at the pantry back on [[PHONE:0114 496 0382]]? shes got a mum coming in every week with a toddler who never has shoes on and seems scared stiff of her partner. she didnt get a surname
Interpreter needed: Tigrinya for [[NAME:Mebrat Tesfay]] on [[DATE:12 March]] at [[ADDRESS:Room 22, Lakeside Lodge Hotel, Wellesley Road]], [[POSTCODE:NR30 2EN]]. Her son [[NAME:Natnael]] (12) hasn't had a school place since October. Can the hotel know he's waiting for one?
[[NAME:Kobina Ansah]] (Year 8) came in with a swollen eye and said his uncle beat him for losing his phone. His mum, [[NAME:Yaa Ansah]], rang at 9 to say he'd fallen off his bike. Which account goes in the referral?
If the police ask us for a child's records for an investigation, do we need a data protection form every time or is a phone call enough? Our office manager won't hand anything over without one.
[[NAME:Yuxi Tang]] (Year 7) told her tutor that her dad shouts at her for hours if she gets less than 90% in tests, and she has started scratching her arms. Her mum, [[NAME:Meiling Tang]], has asked school to keep it "inside the family". Do we refer?
Athro at [[SCHOOL:Ysgol Pen y Garth]]: [[NAME:Llion Caradog]] (Bl 5) has told us his big brother [[NAME:Dyfan]] (17) hits him when Mam is out at work. Mam works shifts in Bala. Do I ring her before the referral goes in?
Control room – call at 01:40 from [[PHONE:0191 498 0264]], female saying her partner [[NAME:Shane Thirlwell]] has smashed the windows at [[ADDRESS:24 Hylton Bank]], [[POSTCODE:SR4 7BG]]. Children [[NAME:Paisley]] and [[NAME:Hendrix]] in the house. Officers attended. Encompass notification to the school?
Teaching assistant [[NAME:Marivic Dimaculangan]] has asked the school nurse about her son [[NAME:Jerico]] (14), who she thinks is being groomed online by an older man pretending to be a girl. She's sent me the profile, [[URL:https://www.example.com/u/jessxo_2009]]. Police or us?
Midwife: [[NAME:Zarmina Stanikzai]] (NHS [[NHS:auto-dash]]), 28 weeks, came to clinic with her mother-in-law again and wouldn't speak. I managed a minute alone with her and she said "please help". How do I see her again safely?
wee q – can i tell [[NAME:harri]]'s auntie that his da [[NAME:tam mcglinchey]] is out of polmont? she has him on a kinship order at [[ADDRESS:3/2 44 millerston st]] [[POSTCODE:g33 6dx]] and tam's been hanging about the school gates
Year 10 [[NAME:Kadence Sowter]] has been posting dance videos on [[URL:https://clips.example.com/@kadence.sowt3r]] and older men are commenting and messaging her. Mum works shifts at the Royal Bolton. Do I talk to Mum or the police first?
Is it ever okay to share a CP plan with a child's football club? The coach keeps asking why the lad can't travel to away games and Dad is telling everyone we're "interfering".
[[MENTION:@lado.southwest]] advice needed – a midday supervisor at [[SCHOOL:Hollybrook CE Primary]], [[NAME:Sandra Pugsley]], was overheard calling a Year 1 boy "a little animal" and pulling his ear. The head says it's a one-off. LADO threshold?
Health visitor: [[NAME:Dilnoza Yusupova]] (Uzbek) at [[ADDRESS:9 Cavendish Mews]], [[POSTCODE:CB1 3RH]] says her husband takes her passport and phone when he goes to work. Baby [[NAME:Timur]] is 7 weeks. Do I share with the police without her agreement?
Mr [[NAME:Karakaya]] has asked me not to put on file that his daughter [[NAME:Defne]] (17) threw a mug at him during an argument. He says she's under pressure with exams. Her little brother [[NAME:Emir]] (8) saw it. Referral or not?
Custody sergeant here. Juvenile in cells, [[NAME:Bradley Tweddle]] (15, NI [[NI:TS836207A]]), says he's staying at [[ADDRESS:Flat 3, 88 Shields Road]], [[POSTCODE:NE6 1DL]] with "a mate". No parent will come in. Can EDT find an appropriate adult and check who lives there?
Teacher: [[NAME:Nasteho Dirie]] (Year 6) says she's going "home" to Somaliland in the summer for a "special party for girls". Mum is [[NAME:Fadumo Dirie]]. Do I ring the police, the MASH or both?
YOT: [[NAME:Rico Facey]] (17, NI [[NI:JH493618B]]) has been moved to his aunt's at [[ADDRESS:33 Ellerslie Road]], [[POSTCODE:W12 7BW]] after a drill video named him. Does the college need the new address, or just a heads up?
Practice nurse – [[NAME:Esmé Lightfoot]] (NHS [[NHS:auto]]) hasn't had any vaccinations and has missed her 2-year review. Dad emailed from [[EMAIL:freebirth.rob@example.net]] saying they "don't consent to the system". Is this neglect on its own?
• child: [[NAME:Odhrán McAteer]] (7) • school: [[SCHOOL:St Colman's Primary School]] • mum: [[NAME:Róisín McAteer]] • address: [[ADDRESS:12 Drumbeg Park]], [[POSTCODE:BT62 3LU]] • worry: uncle just out of Magilligan, said to be living in the house • q: does the Trust need told?
Office at [[SCHOOL:Fernbank Infant School]] got a voicemail from a woman saying she's [[NAME:Edie Duckworth]]'s mum and that Dad will try to collect her today against a court order. Number left was [[PHONE:(0161) 496 0913]]. We've never seen an order – do we keep [[NAME:Edie]] in?
Legal want [[NAME:TG]]'s attendance from [[DATE:4 November 2025]] to date for the care proceedings. Dad's solicitor says we need his consent first. Do we?
Modern slavery: officers found a girl who says she's 16, [[NAME:Phuong Thao]], working in a nail bar at [[ADDRESS:214 Wilmslow Road]], [[POSTCODE:M14 5LQ]]. No documents and very frightened. Placement and NRM – can the owner be told she's with us?
Quick one – if a pupil tells a supply teacher something, who records it? They leave at half three and might not be back.
Is it ok to text [[NAME:Nadine Ainscough]] the link to the Freedom Programme, [[URL:https://www.example.org/freedom-programme/book]]? Her partner checks her phone most nights. She asked for it but I'm nervous.
[[MENTION:<@U0C3PLX9VW>]] please call [[NAME:Fionnuala Devenney]] back, she's the HV in Enniskillen, on [[PHONE:028 9649 6318]]. Family have moved over from Bradford and she wants the records.
Foster carer says [[NAME:Erjon Berisha]] (16, UASC) got a message from a man called [[NAME:Gzim]] telling him to come to London to "work off" his debt, with a ticket link [[URL:travel.example.com/tkt/erjon-lon]]. He's saying nothing. NRM, missing plan, police?
hiya - [[NAME:Mollie]]'s nan came in this morning, says mum has been sectioned and the kids are staying with her at [[ADDRESS:9 oakfield grove]] [[POSTCODE:wf10 4hr]]. does school need to do anything?
Housing options: [[NAME:Nicoleta Rusu]] and her two children are in temporary accommodation at [[ADDRESS:Room 11, Seaview House, 40 Royal Parade]], [[POSTCODE:PL1 2DT]]. Her NI number is [[NI:SP 60 27 45 C]] – can I give it to the UC team so her claim follows her?
Sixth form: a student ([[NAME:KL]]) says a coach from the football academy, [[NAME:Wes Aspinall]], added her on Instagram after the trip on [[DATE:24 January]] and has been sending messages late at night. Do we tell her parents before speaking to the LADO?
sw on duty - can someone ring mum back on [[PHONE:07700900482]]? shes [[NAME:gail]] and her son [[NAME:jayce]] (13) has been missing since last night. postcode is [[POSTCODE:ol16 2qn]] if anyone needs it. police have it, she just needs someone to talk to
Admissions: [[NAME:Rahel Kidane]] (Year 9, Eritrean, arrived in December) has been placed with us. Her "uncle" brings her and collects her and won't let her speak to staff alone. Is that a flag or are we reading too much into it?
A parent at the Sunday school says [[NAME:Haroon Raja]] (8) came in with marks on his hands and said the teacher at the madrasa hit him with a ruler. The teacher is [[NAME:Imtiaz Shah]]. Family live at [[ADDRESS:18 Nansen Road]], [[POSTCODE:B8 3BS]]. Does this go to the LADO?
Paediatric liaison: please let the school nurse at [[SCHOOL:Castlebrook High School]] know that [[NAME:Kaitlyn Ackroyd]] (DOB [[DATE:14-08-2010]]) was seen in A&E after an overdose. Mum ([[NAME:Jackie Ackroyd]]) doesn't want school told. The nurse's email is [[EMAIL:schoolnursing.north@example.org]].
Romanian-speaking lunchtime supervisor says [[NAME:Sorin]] (yr 2) told her his dad made him stand on the balcony in the cold as a punishment. dad's [[NAME:Vasile]]. is it ok for her to translate when the SW comes or is that a conflict of interest
[[MENTION:@neve.earlyhelp]] the [[NAME:Cartledge]] family have said yes to Early Help. Mum's mobile is [[PHONE:07700 900 659]], prefers texts, works till 2. Referral form is at [[URL:forms.example.org/early-help]].
[[NAME:Sohail Wardak]] (Year 4) has been coming in hungry, and his mum [[NAME:Shogofa]] says he cries every night since his dad stayed behind in Kabul. Early Help or CAMHS?
What's the view on telling a young person we've shared without her consent – before or after? She's 15 and already doesn't trust us.
GP safeguarding: the LA have asked for [[NAME:Harlan Dinsdale]]'s records (NHS [[NHS:auto-plain]]) for the ICPC on [[DATE:19th February]]. Mum has written to say she objects. Do we send a summary anyway?
Transfer in from Fife: [[NAME:Lynsey Laidlaw]] (17, 24 weeks pregnant, NI [[NI:ZH 17 52 93 D]]) is now at [[ADDRESS:2/1, 15 Allison Street]], [[POSTCODE:G42 8LD]]. Partner [[NAME:Barry Boyle]] is 26. Who holds the pre-birth assessment now?
Ward social worker: [[NAME:Justyna Zielińska]] delivered last night and is asking to self-discharge with baby [[NAME:Antek]]. There's a pre-birth plan from Swindon saying baby shouldn't leave without a strategy discussion. What do I do right now?
Youth worker: [[NAME:Kennedy Atherton]] (14) showed me a page at [[URL:https://www.example.net/wigan-girls-exposed]] with photos of girls from her year. She's on it. Who do I report to first?
HV: [[NAME:Rubina Akram]] (NHS [[NHS:auto]]) at [[ADDRESS:Flat 2, 57 Warwick Road]], [[POSTCODE:B11 4RA]] says her husband's family keep the baby's red book and her benefit letters. Her number is [[PHONE:0121 496 0813]] but she says never leave a voicemail. Coercive control?
pc on lates – stopped [[NAME:jaydon]] again by the canal at midnight with two older lads, third time since [[DATE:Jan 18th]]. hes 13 and had a knife in his bag. mum [[NAME:Tina Cheadle]] says she cant control him. who's his sw?
Nursery: [[NAME:Radostina Koleva]] wants us to stop her partner's sister collecting [[NAME:Bozhidar]] (3). There's no order in place and the sister has been doing pick-ups since September. Can we refuse?
Attendance: knocked at [[ADDRESS:52 Cromwell Terrace]], [[POSTCODE:HD1 4DS]] for [[NAME:Lacie Pogson]] (Year 2, 52%). Neighbour says the family "went to Ireland". Mum's phone is off. CME today?
Housing: our handyperson went into [[ADDRESS:6 Pendle Close]], [[POSTCODE:BB9 7TF]] to fix a door and found a baby in a car seat in the dark, no heating, and dog mess everywhere. Tenant [[NAME:Toyah Crossley]], NI [[NI:CE 71 36 58 B]]. Who refers?
A Kurdish interpreter says she knows [[NAME:Berivan Zebari]] and her daughter [[NAME:Zhiyan]] (12) from the community centre and that the family will work out who reported. Do we change interpreter and tell the family why?
urgent – S47 visit tonight at [[ADDRESS:flat 14 ravenswood house, tyne street]] [[POSTCODE:ne29 6ha]]. kids are [[NAME:kendall]] and [[NAME:rocky]]. police meeting us there at 5.30. dad [[NAME:deggsy]] known for weapons
UASC: [[NAME:Mehretab Ghebre]] (17) says a man in Leeds called [[NAME:Samson]] will give him work. He has the number, [[PHONE:0113 496 0528]]. Missing risk – can I share it with West Yorkshire Police?
Leaving care: the DWP want [[NAME:Keira Greenwood]]'s NI number, [[NI:HW 36 92 15 C]], confirmed before [[DATE:28th February]] or her claim stops. She's asked me to ring them for her. Fine to share it over the phone?
Early Help form question – can a 16-year-old sign her own consent or does it have to be Mum? She doesn't want Mum involved at all.
[[NAME:Marcela Sousa]] emailed from [[EMAIL:marcela.sousa.uk@example.com]] asking why her son [[NAME:Rafael]] was spoken to by a social worker at school without her knowing. She's threatening to complain. What can I tell her about the S47?
DSL: [[NAME:Samina Kausar]] (Year 10) hasn't come back after half-term. Her brother [[NAME:Adnan]] says she's "staying with family in Mirpur" but her friends say she's been engaged. FMU referral today, or wait and see if she comes back?
[[MENTION:<@U0D4MW7ZR2>]] heads up: parents are sharing [[URL:https://events.example.com/teen-foam-party-crawley]] – under-16s invited, "address sent on the day" by someone called [[NAME:Kaz]]. Should the schools text parents?
Counsellor: [[NAME:Lois Howells]] (Blwyddyn 9) told me her mam's boyfriend [[NAME:Geraint]] comes into her room at night. They live at [[ADDRESS:27 Heol Hafod]], [[POSTCODE:SA1 2JL]]. Mam is on [[PHONE:029 2018 0749]]. Who do I ring first?
[[MENTION:@ewo.team]] [[NAME:Jimmy Doran]] (11) hasn't been in since Easter; dad says he's home-educating him out on the tree-cutting jobs. They move between sites. Whose is this?
A&E nurse: [[NAME:Posy Brunskill]], DOB [[DATE:30 June 2025]], NHS [[NHS:auto-dash]], brought in by Mum ([[NAME:Carly Brunskill]]) with a torn frenulum. Mum says a toy did it. Partner [[NAME:Ricky Gowland]] at home. Police and SW?
HV: [[NAME:Bhavini Parmar]] says her in-laws won't let her leave the house for the first forty days and baby [[NAME:Reyansh]] (NHS [[NHS:auto-plain]]) has lost weight. She's at [[ADDRESS:74 Evington Road]], [[POSTCODE:LE2 1HN]]. Escalate to the GP?
youth club – [[NAME:dami]] said his cousins mates have been staying at theirs and one gave him £50 to "mind a phone". hes 12. what do i do with that
[[MENTION:@r.pennington]] for the core group pack – Dad's email is [[EMAIL:mark.oddie@example.org]] and he wants it all by email. Mum ([[NAME:Vicky Oddie]]) is in a refuge and her location is in the chronology. Do we redact before it goes?
Tutor at the Polish Saturday school says [[NAME:Tymon Kowalewski]] (9) told her his mum leaves him in charge of his little sister overnight when she works. He goes to [[SCHOOL:Pennyfields Community Primary]]. Report to school or us?
Silly q but does a school in Wales follow the Welsh procedures even if the child lives over the border in Shropshire? Our family crosses every day.
[[NAME:Donal Kearney]] (15) has turned up at his cousin's in Manchester saying he won't go back to Newry. Cousin is [[NAME:Aisling Brannigan]] at [[ADDRESS:15 Ladybarn Lane]], [[POSTCODE:M14 6NQ]]. Who tells the Southern Trust?
School nurse: [[NAME:Iqra Nadeem]] (Year 11, NHS [[NHS:auto]]) has epilepsy and says her dad won't collect her prescriptions because he doesn't believe she has it. She had a seizure in class on [[DATE:9/1/26]]. Medical neglect?
Bail: [[NAME:Graeme Sturrock]] (NI [[NI:PK 29 84 61 B]]) bailed to [[ADDRESS:Flat 1, Seagate House, 20 Market Street]], [[POSTCODE:DD1 3JB]] with no unsupervised contact with children. His new partner has twins aged 4. Disclosure?
HV: [[NAME:Ilona Sadowska]] says her partner [[NAME:Zbyszek]] locks the baby's formula in his car when he's angry. They live at [[ADDRESS:Flat 5, 9 Tower Road]], [[POSTCODE:PE21 9AS]]. She's given me a safe number, [[PHONE:07700 900 716]]. Can I put it on the system?
Private fostering? [[NAME:Tobenna Okeke]] (13) has lived with a family friend, [[NAME:Chinasa Nnaji]], at [[ADDRESS:22 Coldharbour Lane]], [[POSTCODE:SE5 9NR]] for eight months while his parents are in Lagos. Her phone is [[PHONE:+44 7700 900 174]]. Who checks the arrangement?
Sexual health nurse: [[NAME:Kaydee Ridgway]] (15) walked into our drop-in asking for emergency contraception and says her boyfriend is 22 and picks her up from school. She'd booked through [[URL:https://www.example.com/clinic/young-people]] and gave [[EMAIL:kaydee.r2010@example.net]]. Who needs to know?
Does anyone have wording for a "we were worried, here's what we did" letter to parents that isn't terrifying? Ours reads like a court summons.
[[SCHOOL:Elmfield Junior School]]: [[NAME:Elodie Dunmore]] (Year 4) was collected on Thursday [[DATE:5th February]] by her dad's girlfriend, [[NAME:Stacie Bolt]], who isn't on the list. Mum ([[NAME:Claire Dunmore]]) is furious with the office. What should they have done?
Church youth leader says [[NAME:Exaucé Kabeya]] (Year 8, [[ADDRESS:4 Tinsley Close]], [[POSTCODE:RM10 8UX]]) misses school to take his mum to dialysis. Young carers referral – from the church or from school?
A parent sent [[URL:https://chat.example.net/join/y9-roast]] – a group chat where Year 9s are sharing an edited nude of [[NAME:Jasmine Faulkner]]. Her mum and dad haven't been told yet. Who tells them?
[[MENTION:<@U0E9QT5HLA>]] [[NAME:Bryony]] from the Penzance office rang – can you call her on [[PHONE:01632 960 427]]? It's about [[NAME:Kenver Pascoe]] and whether his new school in Exeter has the CP file.
Core group notes – attendees [[NAME:Bernadette Scargill]] SW, [[NAME:Tunde Adeyemo]] DSL, [[NAME:Priti Joshi]] HV, Mum. Child [[NAME:Wren Hollis]] (4). Next core group [[DATE:3 Mar]]. Query: does the childminder get the full plan or a summary?
Forwarding from [[NAME:Ceri Bowditch]] <[[EMAIL:c.bowditch@example.org]]> (school counsellor): [[NAME:Betsan]] in Year 8 told her she's scared of her dad's new wife. Does the counsellor have to tell the DSL?
Can someone explain the difference between a strategy discussion and a strategy meeting? Our new staff keep asking and I'm not sure I explain it well.
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
Consent matters, but it is not the only lawful basis for sharing information about a child. When a practitioner believes a child is at risk of significant harm, the MASH should be told straight away, and the reasons for sharing without consent should be written down the same day.
Waiting for CAMHS can feel endless to a family in crisis. While a referral is pending, the GP, the school nurse and the DSL should agree who checks in with the young person each week and what will happen if things get worse.
The LADO is there for allegations about adults who work with children, whether they are paid staff, volunteers or agency workers. Settings should not carry out their own investigation before that first phone call.
Section 47 enquiries often begin with a strategy discussion held at short notice. Schools asked to join should send someone who knows the child well, even if that person is not the designated lead.
Year 9 pupils are old enough to use public transport alone and young enough to be easily flattered by older teenagers. Tutors who notice a sudden change of friendship group should mention it to the pastoral team rather than wait for something more definite.
Mum may be the person who raised the alarm, and she may also be frightened of what happens next. Practitioners should explain each step of the process honestly and avoid promising outcomes they cannot control.
Early Help assessments work best when the family chooses which professionals sit around the table. A grandparent, a neighbour or a football coach can be as useful as any agency.
A strategy meeting is not the place to rehearse every detail of a chronology. Attendees should bring the facts that matter most, say clearly what they are worried about and leave with named actions.
Agencies in Devon and Cornwall cover long distances, and a single home visit can take up most of a morning. Teams have learned to combine visits and to use video calls for review meetings when families agree.
Hospitals such as Alder Hey and Great Ormond Street see children from every part of the country. Discharge planning should include a conversation with the local team so that nothing is lost when the child goes home.
Wednesday afternoons are often quieter in secondary schools, which makes them a good time for safeguarding supervision. Leads who protect that time find it easier to spot patterns across several cases.
Portuguese, Tigrinya and Dari are now heard in classrooms that a decade ago were almost entirely English-speaking. Schools should check which language a parent reads best, not only which language they speak.
Scottish, Welsh and Northern Irish guidance all stress that children should be listened to and taken seriously. The wording differs, but the expectation on practitioners is much the same in every nation.
Home visits in winter can reveal what a summer visit misses. Cold rooms, damp bedding and empty cupboards are easier to see in January than in June.
Sometimes a parent will ask a worker to keep a secret before telling them anything. The honest answer is that it depends on what they say, and it is better to explain that at the start than to break a promise later.
Neighbours who ring the police about shouting next door are often unsure whether they did the right thing. Officers should reassure them that the information will be used carefully and may protect a child.
Some teenagers stop attending school gradually, first missing Monday mornings and then whole weeks. Attendance officers who spot the pattern early can often find out why before the young person drops out altogether.
Bangladeshi, Pakistani and Indian families in Oldham and Blackburn have helped shape local campaigns on domestic abuse. Leaflets written with community groups are more likely to be read than those produced by agencies alone.
Health visitors in Cardiff and Newport carry caseloads that include families who have just arrived from overseas. Registering with a GP is often the first step, and it can take longer than anyone expects.
Children placed a long way from home lose contact with their school, their friends and their familiar professionals. Social workers should plan how each of those connections will be kept or replaced.
Hearing a disclosure can leave a member of staff shaken for days. Schools should make sure that whoever took the disclosure has someone to talk to afterwards, away from the classroom.
Practitioners sometimes worry that sharing a concern will damage a relationship built up over many months. In practice, families often respect honesty more than silence, especially when the worker explains why they had to act.
Missing children are at greatest risk in the first hours after they disappear. Carers should report quickly, give a recent description and pass on anything the child has said about where they might go.
Boarding schools, residential special schools and secure units all have their own safeguarding duties. Visiting professionals should ask who the designated lead is before they arrive on site.
Thursday night football sessions are where some youth workers first hear about trouble at home. Because the setting is informal, young people may say things they would never say in an office.
Kinship carers take on a child at short notice and often without any preparation. They need clear information about contact arrangements, and they need to know who to call when a parent turns up unexpectedly.
Lithuanian and Latvian parents may not be familiar with the idea of a named professional in school who deals with welfare concerns. A short explanation at admission can prevent confusion later.
Allegations about foster carers are upsetting for everyone involved, including other children in the household. The fostering team, the LADO and the child's social worker should agree who tells the child what is happening.
Police officers may be the only professionals to see a home in the middle of the night. Their observations about the state of the house, the behaviour of adults and the presence of children are valuable to every other agency.
Parents with learning disabilities can provide loving care when the right support is in place. Assessments should distinguish between what a parent cannot do and what they have never been shown how to do.
Domestic abuse often continues after separation, sometimes through child contact arrangements. Courts, schools and contact centres need to share what they know so that handovers do not become new opportunities for harm.
Nursery staff in Birmingham, Coventry and Wolverhampton have been trained to ask gentle questions when a toddler seems withdrawn. Careful notes, made on the day, have helped social workers build a clearer picture.
A pre-birth assessment should begin early enough to make a real difference. Midwives who have concerns in the first trimester should not wait until the third to share them.
Ramadan, Diwali and Christmas can all change family routines, and teachers should be careful not to mistake a festival for a safeguarding concern. Equally, a religious occasion is never a reason to ignore a worrying disclosure.
Unaccompanied children arriving in Kent or at the Scottish ports may have travelled for months. They need food, rest and legal advice before anyone asks them to tell their story in detail.
Recording should be factual, dated and signed, and it should use the child's own words where possible. Opinions belong in a separate section, clearly marked as the worker's view.
Youth offending teams see young people who are both a risk to others and at risk themselves. Sharing information with the school can help staff understand behaviour that would otherwise look like simple defiance.
Mental health crises in teenagers often peak late in the evening, long after school has closed. Parents should know how to reach the crisis line and when to go straight to the emergency department.
Safeguarding partnerships in Leeds, Bradford and Calderdale publish learning from local reviews every year. Reading those summaries is one of the quickest ways for a new practitioner to understand local risks.
Overcrowded housing can affect sleep, homework and family relationships. Housing officers who see children sharing a bed with several siblings should ask whether the family has support from any other agency.
Children who witness violence may not have any visible injuries. Their distress may show instead as bedwetting, aggression, difficulty concentrating or a refusal to go home.
Afghan and Iranian families who have fled persecution may be wary of officials, including social workers. Trust grows slowly, often through consistent visits and small practical help.
Every school should test its procedures for a child who is not collected at the end of the day. Knowing who to ring, and in what order, prevents panic when the situation arises.
Guidance in Northern Ireland is published by the Safeguarding Board, and practitioners in Newry or Enniskillen follow the same core procedures as those in Belfast. Cross-border cases with the Republic need particular care.
Designated safeguarding leads in small primary schools often teach a full timetable as well. Governors should make sure they have protected time to read referrals, attend meetings and keep records up to date.
Welsh-medium schools in Ceredigion and Carmarthenshire may need to translate safeguarding records for colleagues in English-speaking services. That should never delay a referral.
After an initial child protection conference, the core group should meet quickly to turn the outline plan into specific actions. Parents should leave that meeting knowing exactly what is expected of them.
Children with disabilities are more likely to be abused and less likely to be believed. Professionals should take seriously any change in behaviour, even when the child cannot explain what has happened.
Saturday shifts in emergency departments often bring teenagers who have been drinking or taking drugs. Staff should consider whether exploitation lies behind the presentation before arranging discharge.
Good supervision asks not only what a worker did but how the case made them feel. Strong feelings about a family can be a clue to what is really happening in that home.
"""

SPEC = ct.holdout_spec(
    8,
    "h8-",
    "p8-",
    nhs_seed=20260209,
    known_parity=1,
    names=150,
    structured=125,
    per_structured=8,
    address=30,
    school=10,
)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

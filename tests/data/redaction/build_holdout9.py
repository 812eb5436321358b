#!/usr/bin/env python3
"""Build the ninth, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout9.jsonl``      – 100 safeguarding messages (ids h9-001..h9-100)
  with gold identifier spans, every record ``"split": "holdout9"``.
* ``clean_prose_holdout9.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids p9-001..p9-050), every record ``"split": "holdout9"``.

Format and labelling conventions are exactly those of the earlier sets; the
marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title or rank ("Mrs", "PC"), no
  possessive "'s"/"’s", no relationship word ("Mum", "Mam", "Da", "Gran").
  Initials, nicknames and names typed in lower case in a hurry count as NAME.
* DATE covers the date only, not a "DOB"/"born"/"EDD" prefix or a weekday.
  Ages, weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/plot number and house,
  court, lodge, hotel or site name, and Scottish "2/1", "0/2" or "3F1" flat
  positions); the town or village is not labelled; the postcode is its own
  POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.
* Towns, cities, regions, islands, nationalities, languages, agencies,
  hospitals, prisons, weekdays, months, seasons and festivals are never
  labelled.

The parser, validators and freshness check live in ``corpus_tools.py``.
Everything here is new: the freshness check is run against all eight earlier
sets (``corpus.jsonl`` and ``corpus_holdout2.jsonl`` .. ``corpus_holdout8.jsonl``,
and the eight earlier clean prose files), so it refuses any NAME word, ADDRESS, street,
SCHOOL, postcode, structured value or sentence already used there, including in
holdout8, and a person, street, school or structured value repeated across
lines of this set.

Standard library only, deterministic, re-runnable:  python3 build_holdout9.py
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
Morning, can I run something past someone before I ring anyone? [[NAME:Hetty Speight]] (Year 2, [[SCHOOL:Mytholm Bank Primary]]) has been in the same clothes all week and told her teacher there was "no tea again" because Mum was asleep on the settee. Mum is [[NAME:Sheree Speight]]. Early Help chat first, or MASH?
[[MENTION:<@U0F7HR2KQD>]] are you on duty today? Neighbour rang about [[ADDRESS:Flat 4, 31 Gledhow Mount]], [[POSTCODE:LS8 4QT]] – baby crying for hours and a man shouting. Tenant is [[NAME:Rahima Mehmood]], baby is [[NAME:Alishba]]. Police welfare check or do we go out ourselves?
hv here, is it ok to tell the nursery that [[NAME:pixie]]'s dad is back living at home? the safety plan says he shouldnt be there and mum ([[NAME:tash]]) has begged me to keep it quiet til she's sorted it
Case note [[DATE:16/02/2026]]: unannounced visit to [[ADDRESS:7 Ffordd Penrhyn]], [[POSTCODE:LL13 9NE]]. [[NAME:Caio Fernandes]] (5) and [[NAME:Rafaela Fernandes]] (3) seen together. No food in the kitchen apart from dry cereal, fridge switched off at the wall. Mother [[NAME:Joana Fernandes]] says payday is Friday. Advice sought re sharing with the HV and nursery.
GP question. [[NAME:Soroush Hosseini]] (2, NHS [[NHS:auto]]) was brought in by his dad, [[NAME:Reza Hosseini]], with a spiral fracture of the femur; the story is he "caught his leg in the cot bars". Paeds have admitted him. Do I still have to make the referral myself or is that the hospital's job?
PC [[NAME:Eifion Humphreys]], Dyfed-Powys. Attended a domestic at [[ADDRESS:18 Heol y Dderwen]], [[POSTCODE:SA31 1LX]] last night – [[NAME:Jenna Cudworth]] assaulted by her partner [[NAME:Trystan Pask]] while her daughter [[NAME:Elowen]] (7) hid in the bathroom. Can someone confirm [[NAME:Elowen]]'s school so the Encompass notification goes to the right place?
youth worker – [[NAME:kez]] turned up at the club tonight with a new phone and a wad of cash, says an older lad they call [[NAME:Ghost]] gave it him for "running errands". hes 13. who do i tell first, his sw or police?
Housing officer: gas safety visit at [[ADDRESS:12 Pengegon Way]], [[POSTCODE:TR14 7QR]]. Tenant [[NAME:Demelza Chenoweth]] (NI [[NI:JC 38 51 27 A]]) has three children and there were no beds, just mattresses on a damp floor, and no heating on. She begged me not to "get social services on her". Where do I go with this?
Quick q – once we've shared with the MASH, are we still the ones who tell parents, or does that become the social worker's call? Two DSLs, two different answers.
• child: [[NAME:Weronika Sobczak]] (Year 3) • school: [[SCHOOL:Kingfisher Vale Primary]] • concern: Dad [[NAME:Leszek]] turned up smelling of drink at pick-up twice this week and drove off with her • Mum works until 6 • ask: can school ring the police next time it happens?
School nurse: [[NAME:Aleksy]] in Year 8 (NHS [[NHS:auto-plain]]) told me he hasn't had his inhaler for a fortnight because his dad, [[NAME:Pawel]], says they can't afford the prescription, and he was wheezing badly in PE. GP or his social worker – who do I ring first?
[[MENTION:@katie.mash]] could you check if [[NAME:Roddy Ollerton]] is known? DOB [[DATE:14/03/2012]]. He's told his tutor he's been sofa-surfing at a mate's because his stepdad [[NAME:Gav]] threw him out at the weekend.
A man emailing from [[EMAIL:stu.garside81@example.com]] says he's [[NAME:Dotty]]'s dad and wants copies of her reports and school photos. Mum is the only contact on our system and she told us he isn't allowed near them. Am I allowed to even reply?
Family support worker – [[NAME:Nasrin Mohammadi]] at [[ADDRESS:Flat 9, Wenlock Court, Dunstable Road]], [[POSTCODE:LU4 8JR]] told me her husband hit her in front of their son [[NAME:Arian]] (6) at the weekend. She doesn't want him arrested because of his visa. Can I let the school know?
Has anyone got the current threshold document? The intranet link goes to the 2019 version and I need to quote the right one in a referral this afternoon.
Highland Council are asking whether [[NAME:Islay Dalziel]] (DOB [[DATE:7.9.2015]]) is open to us. Her mum has brought her down to Preston and they're staying with a friend at [[ADDRESS:42 Brackenbury Street]], [[POSTCODE:PR1 7UP]]. Okay to share what we hold?
DSL at [[SCHOOL:Dunstall Brook Academy]]: [[NAME:Harleen Sandher]] (Year 10) says her parents have booked flights to Punjab for the Easter holidays and she thinks she's being taken to meet "the boy's family". She is 15. FMU or police first?
Officers stopped [[NAME:Catalin Ursache]] (11) selling loose cigarettes outside the bus station at 10pm on [[DATE:19 Feb]]. He gave an address of [[ADDRESS:88 Sneinton Dale]], [[POSTCODE:NG3 7DN]] but nobody answered the door. His mum [[NAME:Sorina]] turned up at the station at 1am. Joint visit today?
Kinship carer [[NAME:Maureen Lowther]] ([[ADDRESS:5 Gilwilly Grove]], [[POSTCODE:CA11 8EG]]) emailed from [[EMAIL:mo.lowther@example.net]] to say her granddaughter [[NAME:Kitty]] (10) came back from contact with a phone her dad had given her. She thinks he's messaging [[NAME:Kitty]] behind her back. What can we tell her?
Manager at [[SCHOOL:Ladybird Cottage Day Nursery]]: [[NAME:Zeki Tunstall]] (3) has a linear bruise across his cheek and said "Daddy belt". Dad ([[NAME:Glen Tunstall]]) usually collects at 5. Do we let him go home with Dad tonight?
[[NAME:Dolores Gaskin]] asked if the office could ring only her mobile about [[NAME:Pádraig]]'s attendance, not her husband's. They're on [[ADDRESS:Plot 6, Sinfin Moor Caravan Site]], [[POSTCODE:DE24 9GW]]. Can we add a note without it showing up on his parent app?
PA here: [[NAME:Ekow Agyemang]] (19) wants me to send his NI number, [[NI:WL 62 04 93 B]], to his new employer's HR team at [[EMAIL:people.team@brightside-logistics.example.com]]. He starts on [[DATE:9 March]] and has copied me into the thread. Any reason I shouldn't?
can someone ring [[NAME:Moyra]] at the community fridge back on [[PHONE:0113 496 0742]]? a dad keeps coming in with two kids who look like they havent washed in weeks and the little one had a burn on her hand. she didnt get any names
Need a Dari interpreter for [[NAME:Marzieh Sadat]] on [[DATE:3rd March]] at [[ADDRESS:Room 31, Humber View Hotel, Cleethorpe Road]], [[POSTCODE:DN31 3LZ]]. Her daughter [[NAME:Parwana]] (9) hasn't had a school place since they arrived. Can the hotel staff be told she's waiting?
[[NAME:Chukwudi Ilori]] (Year 7) has welts on the backs of his legs and says his mum's partner used a phone charger cable. Mum, [[NAME:Ifunanya Ilori]], rang before registration to say they'd been "play fighting". Do I ring Mum back before the referral or not at all?
If a police officer rings the school office asking for a pupil's home address, what do we need before we give it? Our receptionist said no and now the officer is complaining to the head.
[[NAME:Seo-yeon Baek]] (Year 11) told her form tutor her parents took her phone and won't let her out of the house apart from school since they found out about her girlfriend. She says her dad, [[NAME:Dong-hyun Baek]], threatened to send her back to Seoul. Safeguarding or family matter?
Athrawes in [[SCHOOL:Ysgol Gynradd Llanfihangel]] here – [[NAME:Nanw Gruffydd]] (Blwyddyn 4) says her dad's new girlfriend [[NAME:Eirlys]] shuts her out in the garden when she's naughty. Dad works away in the week. Do I phone Mam, who lives in Dolgellau, or the local team?
Control room: 23:15 call from [[PHONE:0141 496 0873]], a male saying his neighbour [[NAME:Shonagh Dunsmuir]] at [[ADDRESS:2/1, 17 Whitevale Street]], [[POSTCODE:G31 1QW]] is "out her face" with two wee ones in the house, [[NAME:Lyall]] and [[NAME:Greer]]. Officers attended. Who sends the concern form to the school?
TA [[NAME:Bernice Blaikie]] says her son [[NAME:Alasdair]] (13) is being messaged by a "17-year-old girl" who keeps asking him for photos; the profile is [[URL:https://www.example.com/profile/lils_x_2011]]. Police, CEOP or us?
Midwife: [[NAME:Hauwa Aliyu]] (NHS [[NHS:auto-dash]]) is 32 weeks and her husband answers every question for her. Today he went out to move the car and she whispered "I am not allowed money". How do I get her on her own next time without him noticing?
wee q from the office – [[NAME:cammy]]'s gran is asking if we know anything about his da [[NAME:rab coull]] getting out of barlinnie. he's been messaging [[NAME:cammy]] on his xbox. she's kinship carer at [[ADDRESS:0/2 14 westmuir st]] [[POSTCODE:g31 5bq]]. what can we tell her
A Year 10 parent has sent us [[URL:www.example.net/v/9Xk2bQ]], a video of [[NAME:Marcie Horsfall]] being beaten up at the bus station, filmed by other pupils. [[NAME:Marcie]] hasn't been in since. Do we tell her mum before calling the police?
Is there a rule on how long we keep the safeguarding file when a child moves to a school in Scotland? Do they get the original or a copy?
[[MENTION:@lado.northeast]] threshold check please – a swimming coach at the leisure centre, [[NAME:Neville Ormondroyd]], has been giving a Year 6 girl lifts home and messaging her on her mum's phone. The club chair says he's "like family to them all". Is this one for you?
HV: [[NAME:Gulnara Akhmetova]] (Kazakh) at [[ADDRESS:15 Tennyson Mews]], [[POSTCODE:CB4 2XG]] says her husband records her phone calls and won't let her go to English classes. Baby [[NAME:Aisulu]] is 10 weeks and thriving. Can I share with the GP without her consent?
Mrs [[NAME:Adeniran]] has asked us not to write down that her son [[NAME:Tobiloba]] (16) put his fist through his bedroom door and pushed her over. She says he's been different since his dad left. His sister [[NAME:Moyinoluwa]] is in Year 3 here. Do I have to record it?
Custody: [[NAME:Kylan Burkinshaw]] (16, NI [[NI:PE417208C]]) was arrested for possession with intent, says he lives at [[ADDRESS:Flat 7, Haslam Court, Bridgeman Street]], [[POSTCODE:BL3 6AT]] with "his cousin". Mum isn't answering. Can EDT check who's at that address and send an AA?
Year 5 teacher: [[NAME:Idil Abdikadir]] told her friend she's having a "cutting party" when they visit Hargeisa this summer. Her mum [[NAME:Kaltun Abdikadir]] works in the school kitchen. Do I talk to the DSL today or can it wait till Monday?
YOT worker: [[NAME:Kenan Brogden]] (17, NI [[NI:SK 15 76 39 D]]) has moved to his nan's at [[ADDRESS:31 Cranbrook Park]], [[POSTCODE:SE8 4EJ]] after being stabbed outside college. Does the college need the new address or just to know he's moved?
Practice nurse: [[NAME:Peregrine Coles]] (NHS [[NHS:auto]]) missed his 1-year jabs and his 12-month review, and Dad has written in from [[EMAIL:wildandfree.coles@example.org]] saying they are "leaving the NHS". Is that a safeguarding referral by itself?
• child: [[NAME:Caolan McStravick]] (9) • school: [[SCHOOL:St Oliver Plunkett Primary School]] • mum: [[NAME:Mairead McStravick]] • address: [[ADDRESS:6 Glenvale Avenue]], [[POSTCODE:BT34 2QH]] • worry: mum's ex out of Maghaberry and seen in the street • q: does the Trust need a UNOCINI?
Office at [[SCHOOL:Brindlecroft Infants]] had a voicemail from a woman saying she's [[NAME:Willow Tattersall]]'s aunt and that Dad plans to take [[NAME:Willow]] to Spain at half-term. She left [[PHONE:(0161) 496 0558]]. Ring her back or pass to MASH?
Legal have asked for [[NAME:PK]]'s attendance and behaviour logs from [[DATE:2 September 2025]] for the final hearing. The allocated SW is [[NAME:Fenella Rintoul]]. Mum's solicitor emailed to say we need her consent first. Do we?
Officers found a lad who says he's 15, [[NAME:Huy]], at a cannabis grow in the loft of [[ADDRESS:109 Holbrook Lane]], [[POSTCODE:CV6 4DF]]. No ID and very scared. He's with an emergency carer tonight – can she know where he was found?
If a child discloses to a dinner lady who then goes home, is a note in her own words the next morning okay, or should we have got it before she left?
Is it okay to text [[NAME:Tansy Critchlow]] the link to the online DA course, [[URL:https://learn.example.org/own-my-life]]? Her ex still has her iCloud password. I don't want to make things worse.
[[MENTION:<@U0G4NB8TWE>]] could you call [[NAME:Aoibheann Toner]] back on [[PHONE:028 9649 6152]]? She's a school nurse in north Belfast. The family have moved over from Birmingham and she wants the health records.
Supported lodgings: [[NAME:Feven Gebremariam]] (17, UASC) has been sent a coach ticket to Birmingham by someone called [[NAME:Yared]] via [[URL:tickets.example.com/b/8KQ2-fev]] and told she owes money for the crossing. Missing plan and NRM – who decides?
hiya – [[NAME:brooklynn]]'s mum has been taken into hospital and her big sister is looking after her at [[ADDRESS:27 dartmouth ave]] [[POSTCODE:ws3 1qe]]. sister is only 17. does school need to report that?
Housing options: [[NAME:Iryna Melnyk]] and her two boys are now in temporary accommodation at [[ADDRESS:Room 5, Holmwood Lodge, 33 Westcliff Parade]], [[POSTCODE:SS0 7QB]]. She's given me her NI number, [[NI:MA 80 23 61 C]], for the UC move – okay to send to the DWP?
Sixth form: a student ([[NAME:TW]]) says her driving instructor, [[NAME:Barrie Outhwaite]], has been texting her late at night since a lesson on [[DATE:27th January]]. She's 17. LADO or police? Do her parents need to know first?
sw on duty – can someone ring [[NAME:Jacqui]] back on [[PHONE:07700900263]]? her daughter [[NAME:Kirstie]] (14) didnt come home last night and police have all the details. she just needs someone to talk to, shes in bits
Admissions: [[NAME:Selam Ghirmay]] (Year 10, arrived from Eritrea in January) is brought in by a man she calls "cousin" who won't let staff speak to her alone. Is that enough to ring the MASH?
A parent says the tutor at a Saturday maths tuition centre, [[NAME:Mushtaq Janjua]], slapped [[NAME:Zayd Shafiq]] (9) for getting answers wrong. Family live at [[ADDRESS:63 Shaftmoor Lane]], [[POSTCODE:B28 8SW]]. The centre isn't registered with anyone. LADO?
Ward liaison nurse: [[NAME:Mackenna Dyson]] (DOB [[DATE:10-10-2010]]) was discharged this morning after a paracetamol overdose and goes back to [[SCHOOL:Copley Vale High School]] on Monday. Mum ([[NAME:Trudy Dyson]]) says school must not be told. Can I email the school nurse at [[EMAIL:snt.calderdale@example.org]] anyway?
one of our TAs speaks Bulgarian and [[NAME:stoyan]] (yr 3) told her his dad locks him in the bathroom when he wets the bed. dad is [[NAME:plamen]]. can she interpret for the sw visit or is that a bad idea
[[MENTION:@ellie.earlyhelp]] the [[NAME:Brocklehurst]] family have agreed to Early Help. Mum is on [[PHONE:07700 900 291]], text only, she's on shift until 3. The consent form is at [[URL:www.example.org/eh/consent-form]].
[[NAME:Zarlasht Ahmadi]] (Year 4) has fallen asleep in class every day this week, and her dad [[NAME:Hekmat]] says she is up at night translating for her mum at the hospital. Young carers referral or Early Help?
Do we need a child's consent to share with the school nurse if the child is 12? Mum says yes, the nurse says she's part of the same team so it doesn't apply.
GP safeguarding lead: the LA want [[NAME:Ottoline Brand]]'s records (NHS [[NHS:auto-plain]]) for the review conference on [[DATE:11th Feb]]. Dad rang this morning to object. Do we send a report anyway?
Transfer from Dundee: [[NAME:Shonagh Sneddon]] (16, 20 weeks pregnant, NI [[NI:RE 94 17 35 B]]) has moved in with her boyfriend's mum at [[ADDRESS:3F1, 22 Lochend Road]], [[POSTCODE:EH7 6DA]]. Boyfriend [[NAME:Lyle Kinnear]] is 24. Who picks up the pre-birth assessment?
Ward SW: [[NAME:Anca Dobre]] gave birth at 4am and wants to leave with baby [[NAME:Sofian]] before the strategy discussion. There's a pre-birth plan from Luton on the system. Security are asking me what to do. Help?
Youth worker: [[NAME:Shakirah Partington]] (15) showed me [[URL:https://www.example.net/leigh-girls-ranked]] – photos of girls from [[SCHOOL:Pennington Moss High School]] with scores underneath. She's on it and says half her year have seen it. Police first or the school?
HV: [[NAME:Farzana Zaman]] (NHS [[NHS:auto]]) at [[ADDRESS:Flat 3, 21 Runcorn Road]], [[POSTCODE:B12 8LF]] says her mother-in-law takes her child benefit and won't let her buy formula. Her mobile is [[PHONE:0121 496 0385]] and she says text only. Is this coercive control?
pc on nights – found [[NAME:reegan]] down the underpass at 1am with older lads again, 4th time since [[DATE:jan 9th]]. hes 12. mum [[NAME:Mandy Kenworthy]] says shes given up. who's his allocated worker?
Nursery: [[NAME:Ivelina Georgieva]] has asked us to stop her ex's mum collecting [[NAME:Viktor]] (2). There's no court order and grandma has been doing pick-ups since he started. Can we say no?
EWO: knocked at [[ADDRESS:19 Prospect Terrace]], [[POSTCODE:DL15 8QA]] this morning for [[NAME:Honor Brannan]] (Year 3, 48% attendance). Curtains shut, post piling up, neighbour says they've gone "to the caravan". CME referral now?
Housing: repairs went into [[ADDRESS:8 Beacon Hill Close]], [[POSTCODE:NE23 6TB]] for a leak and found a toddler alone in a cot with a soaking nappy for twenty minutes before anyone came back. Tenant is [[NAME:Ashlyn Gormley]], NI [[NI:YH274806A]]. Who refers, us or the contractor?
The Sorani interpreter booked for tomorrow knows [[NAME:Hevi Barzinji]] from the community centre and says the family will work out who reported. Can we swap interpreters, and do we tell [[NAME:Hevi]] why?
urgent – joint visit tonight at [[ADDRESS:flat 22 birchfield house, cobden st]] [[POSTCODE:ls12 1qf]]. kids are [[NAME:mitzi]] and [[NAME:ryley]]. police are meeting us outside at 6. mums partner [[NAME:lewi]] has a history with knives
UASC: [[NAME:Hamidullah Safi]] (16) says a man in Bradford called [[NAME:Jawid]] has offered him cash work at a car wash. He gave me the number, [[PHONE:0113 496 0519]]. Can I pass it to West Yorkshire Police without telling him?
Leaving care: the college bursary team want [[NAME:Ruvimbo Mlambo]]'s NI number, [[NI:NB 53 69 12 D]], before [[DATE:1st March]] or she loses her travel grant. She's asked me to give it to them over the phone. Is that okay?
Early Help question – can a 15-year-old refuse Early Help if her mum has signed up for it? She says she'll just not turn up.
[[NAME:Lucinda Farquharson]] emailed from [[EMAIL:lucinda.farquharson@example.com]] furious that her son [[NAME:Hugo]] was spoken to at school by a social worker without her being told. She wants the notes. What am I allowed to tell her?
DSL: [[NAME:Aqsa Perveen]] (Year 11) messaged her best friend from Pakistan saying "they've taken my passport, tell Miss". Dad says she's visiting family until Easter. Forced Marriage Unit referral today?
[[MENTION:<@U0H1DS6ZXC>]] heads up – a flyer is going round for [[URL:https://www.example.com/events/under16s-rave-hull]], "location sent on the night", organised by someone calling himself [[NAME:Jonno]]. Do the schools text parents about it?
Cwnselydd: [[NAME:Angharad Bowden]] (Blwyddyn 10) has told me her mam's partner [[NAME:Emyr]] comes into the bathroom when she's in the shower. They live at [[ADDRESS:14 Stryd y Castell]], [[POSTCODE:LL55 2NU]]. Mam's number is [[PHONE:029 2018 0933]]. Do I ring Mam or the police first?
[[MENTION:@ewo.central]] [[NAME:Lorcan Smithers]] (10) hasn't been in since October half-term; his dad says he's learning the trade with him on the roofing. They've left the site at King's Lynn. Who holds this now?
A&E: [[NAME:Ralphie Tillotson]], DOB [[DATE:31/12/2024]], NHS [[NHS:auto-dash]], brought in by Mum ([[NAME:Shania Tillotson]]) with bruising to his ear and a bleed in his eye. Mum says he rolled off the sofa. Her partner [[NAME:Kaine Cosgrove]] is at home with the older child. Police now?
HV first visit: [[NAME:Kirandeep Dhami]] (NHS [[NHS:auto-plain]]) is 10 days postnatal and tearful throughout; says she hasn't slept and her husband is "angry at the baby". They're at [[ADDRESS:41 Belgrave Gate]], [[POSTCODE:LE1 3HN]]. Perinatal mental health referral – and do I tell the GP about the husband?
youth club – [[NAME:somto]] told me his older cousin has been taking him to a flat in town and giving him £20 to wait outside. hes 12. what do i actually do with this
[[MENTION:@s.okafor]] for the CLA review pack – birth dad wants the minutes sent to [[EMAIL:dave.lumb1979@example.org]]. The carers' address is in section 3. Redacted version or nothing at all?
The Lithuanian Saturday school teacher rang to say [[NAME:Matis Jurgaitis]] (8) told her he's left to look after his baby brother overnight while his mum works nights at the warehouse. He goes to [[SCHOOL:Lindenfield Primary]]. Do I tell the school or you?
Silly question, but if a child lives in Scotland and comes to our school in Carlisle, whose child protection procedures do we follow?
School in Liverpool: new starter [[NAME:Darragh Mcgarry]] (Year 8) has arrived from Armagh with no records. His aunt, [[NAME:Deirdre Mccartan]], at [[ADDRESS:9 Rosebery Avenue]], [[POSTCODE:L6 3BL]] says he was "on a plan" over there. How do we get the file from the Southern Trust?
School nurse: [[NAME:Sumayyah Anwar]] (Year 9, NHS [[NHS:auto]]) has type 1 diabetes and keeps coming in without insulin; her mum, [[NAME:Nabeela Anwar]], says they ran out and the pharmacy is "messing her about". She was sent to A&E from school on [[DATE:23.02.26]]. Is this medical neglect yet?
Probation: [[NAME:Duncan Cairncross]] (NI [[NI:HL 08 46 71 A]]) has been released to [[ADDRESS:Flat 2, Wallace House, 4 Portland Road]], [[POSTCODE:KA1 2BT]] with a condition of no unsupervised contact with under-18s. His new partner has a 6-year-old. Who does the disclosure?
HV: [[NAME:Iwona Zawadzka]] says her partner [[NAME:Mirek]] hides her bank card and the car keys when he goes out. They're at [[ADDRESS:Flat 8, Carlinghow Court]], [[POSTCODE:WF17 8DT]]. She asked me to only call when she texts first, from [[PHONE:+44 7700 900 845]]. Can I put that number on the GP record?
Private fostering? [[NAME:Chisom Nnadozie]] (14) has been living with a "family friend", [[NAME:Adaora Okon]], at [[ADDRESS:57 Woodgrange Road]], [[POSTCODE:E7 0EL]] since his parents went back to Enugu in the summer. Her number is [[PHONE:020 7946 0381]]. Who assesses?
Sexual health nurse: [[NAME:Mya Shuttleworth]] (14) came to the walk-in asking for the morning after pill and says her boyfriend is 19 with his own flat. She gave the email [[EMAIL:mya.s.2011@example.net]] when she booked online. MASH, and do I tell her mum?
Has anyone got a template for telling parents we've made a referral? Ours reads like a police caution.
[[SCHOOL:Thornlea Junior School]]: [[NAME:Annabelle Moffatt]] (Year 3) was collected on Friday [[DATE:20th February]] by her mum's new partner, [[NAME:Lance Shorrock]], who isn't on the list. Dad ([[NAME:Piers Moffatt]]) is threatening to go to the governors. What should we have done?
The football coach at the Saturday league says [[NAME:Emile Kabamba]] (Year 9, [[ADDRESS:11 Chalkwell Close]], [[POSTCODE:RM13 9PD]]) has been missing matches and school to look after his mum since her stroke. Young carers referral – who makes it?
A parent screenshotted [[URL:https://chat.example.org/invite/y10-banter]] – a group where Year 10 boys are sharing a fake nude of [[NAME:Esther Adeoye]]. Her parents haven't been told yet. Who tells them, us or the police?
[[MENTION:<@U0J8PW3RKA>]] [[NAME:Loveday]] from the Truro team rang – can you call her back on [[PHONE:0117 496 0627]]? It's about [[NAME:Piran Hosking]] and whether his new school in Plymouth has had the CP file.
Core group notes – present: [[NAME:Ruth Ainsworth]] SW, [[NAME:Kabir Trivedi]] DSL, [[NAME:Elspeth Heywood]] HV, Mum. Child: [[NAME:Ottie Mawdsley]] (4). Next core group [[DATE:17 Mar]]. Query – does the childminder get the whole plan or just a summary?
Forwarding from [[NAME:Catrin Humphries]] <[[EMAIL:c.humphries@example.org]]> (school counsellor): [[NAME:Elliw]] in Year 8 told her she's scared of her dad's new wife. Does the counsellor have to tell the DSL herself?
Can someone ring [[NAME:Jeanette]] at the refuge back on [[PHONE:0115 496 0736]]? She's sent the referral for [[NAME:Xinyi Wang]] and her son [[NAME:Yifan]] through [[URL:https://refer.example.net/form/4471]] and wants to know if it arrived.
Can someone remind me whether a Section 47 can go ahead if Mum refuses to let us in? First one I've had where the parent just won't open the door.
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
A referral to the MASH should say plainly what has happened, what the child has said and what the referrer is worried will happen next. Vague phrases such as "some concerns at home" leave the duty team guessing and slow everything down.
When CAMHS decline a referral, the letter usually suggests other support, and schools should read it carefully before assuming nothing is on offer. The DSL can ask for a consultation call if the reasons for declining are unclear.
Will the family be told who made the referral? Practitioners are often asked this on the doorstep, and the honest answer is that the source is protected where possible but cannot always stay hidden.
Frank conversations with parents are harder on the phone than face to face. Where a worrying disclosure has been made, a short meeting in school is usually better than a hurried call at the end of the day.
The LADO should hear about any allegation that an adult working with children has behaved in a way that harmed a child or might have harmed one. Employers still need to think about suspension, but they should not start interviewing witnesses before that conversation.
Section 47 enquiries can feel intrusive to families who have never had contact with children's services before. Explaining the purpose of each visit, and who will see the notes, helps parents stay engaged.
Year 9 is often when online harm becomes visible, as group chats grow larger and less supervised. Assemblies are useful, but a quiet word from a trusted tutor can reach the pupil who needs it most.
Mum might be the only adult in the household who is willing to talk to professionals. Workers should be careful not to rely on her so heavily that she becomes the target of a controlling partner's anger.
Early Help works when the family understands what it is for and agrees to take part. A plan written for them rather than with them tends to fall apart within weeks.
At a strategy meeting, police, health and children's social care decide together whether the threshold for a child protection enquiry is met. Schools that cannot attend should send their information in writing beforehand.
Hope matters in child protection work as much as vigilance does. Families who believe that change is possible are more likely to work with the plan, and workers who show that belief are more likely to be trusted.
Grandparents are frequently the first people to notice that something is wrong. They may not know how to raise a concern without damaging their relationship with their own son or daughter.
Amber flags in a chronology are easy to overlook when each one looks minor on its own. Reading the whole record from the beginning, rather than the last few entries, often reveals a worrying pattern.
Sylheti and Pashto speakers may read little or no written English, so letters alone are not enough. A phone call with an interpreter, followed by a home visit, is far more likely to be understood.
Patience is needed when a young person withdraws a disclosure a few days after making it. Retractions are common and do not mean the original account was untrue.
Hospitals such as Sheffield Children's and the Royal Manchester Children's have safeguarding teams who can advise community staff. A quick call before discharge can save a great deal of confusion later.
Tuesday mornings in many MASH teams are busy with referrals that built up over the weekend. Referrers should still expect a response within the published timescale and chase it if none arrives.
Teachers in Rotherham, Rochdale and Telford have been at the centre of national learning about child sexual exploitation. The lessons apply in every town, including places that believe it could never happen there.
Romanian, Slovak and Roma families may have had very different experiences of state services in their countries of origin. Building trust can take longer, and workers should not mistake wariness for hostility.
Private fostering arrangements are often unknown to the local authority until a school or GP asks a simple question. Staff who hear that a child is living with a family friend should pass that on.
Bruising on a baby who is not yet mobile should always be taken seriously. Health visitors and GPs should follow the local protocol even when the parents offer an explanation that seems reasonable.
Silence in a meeting does not mean agreement. Chairs should ask each agency directly whether it has anything to add, especially those who are new to the case.
Social workers in Swansea and Wrexham regularly work with colleagues across the border in England. The Wales Safeguarding Procedures apply to Welsh children, even when the other family members live in Chester or Shrewsbury.
Children in temporary accommodation may move several times in a single school year. Each move risks losing records, so housing teams should tell the school and the health visitor whenever a family is rehoused.
Albanian and Vietnamese young people are sometimes found working in situations that look like employment but are really exploitation. A referral through the National Referral Mechanism can open access to support and legal advice.
Ofsted inspectors will ask how leaders know that safeguarding concerns are acted on. The clearest evidence is a record showing what was reported, who decided what, and how the child was kept safe.
Children who run away from foster placements in Blackpool or Middlesbrough may be heading for somewhere they feel they belong. Return home interviews are most useful when carried out by someone the young person already trusts.
Gaelic-medium and Welsh-medium schools need safeguarding materials in the language their pupils use every day. Posters and leaflets only in English send a message about who the system is for.
Sudanese and Eritrean families arriving through the asylum system may have left relatives behind in dangerous situations. Worry about those relatives can dominate family life and affect how children behave at school.
Grace periods for missing paperwork should never delay a safeguarding response. Practitioners can share what they know now and add detail later as it becomes available.
Nurseries should agree a clear collection policy with every family at the start of each term. Staff then have something to point to when an unexpected adult arrives at the door.
The NSPCC helpline and Childline offer different services, and it helps when professionals know which is which. Adults with concerns can call the helpline, while children can contact Childline themselves.
A child who talks about a sibling's behaviour may be describing something harmful, even if the sibling is also a child. Harmful sexual behaviour needs a careful, joined-up response rather than a quick punishment.
Friday afternoon referrals are unavoidable, but they should not be left until the last minute out of habit. A concern noticed on Wednesday should be reported on Wednesday.
Dad is sometimes left out of assessments because he does not attend appointments or is not living at home. Fathers and father figures can be a source of risk, of protection or of both, and workers need to find out which.
Police officers attending a domestic incident should record the names and ages of children present, even if they were asleep upstairs. That information is what allows schools to be notified the next morning.
Polish and Lithuanian parents working long shifts may rely on older children to supervise younger ones. Practitioners should explore whether the arrangement is safe before treating it as neglect.
Midwives in Lisburn, Derry and Belfast follow the same regional procedures and can contact the Gateway team if they are worried. Pre-birth concerns should be raised early so that support is in place before delivery.
Case conferences in Inverness and Paisley now use the term child protection planning meeting. The change in name is meant to make it clearer that the purpose is to plan, not to judge.
Neglect rarely has a single dramatic moment that forces action. It is the slow accumulation of missed appointments, poor hygiene and unmet needs that should prompt a referral.
Summer holidays can be a dangerous time for children who rely on school for food, routine and safe adults. Designated leads should think about which pupils need a contact over the break.
Youth workers in Barnsley and Grimsby report that county lines groups are recruiting younger children than before. Boys and girls in Year 7 are now being approached on their way home from school.
Interpreters should be independent of the family and, where possible, of the local community. Using a relative to interpret in a safeguarding conversation risks both accuracy and the child's safety.
Supervision gives social workers space to reflect on cases that are stuck. It should not become a list of overdue tasks that leaves no time to think about the child.
Ukrainian and Syrian children placed in schools across Kent and Sussex have often missed months of education. Gaps in learning should not be confused with learning difficulties before a proper assessment.
Constant changes of social worker make it harder for children to trust the system. Teams should tell children in advance when their worker is leaving and introduce the new one properly.
Clinicians at the Royal Victoria and at Ninewells record concerns in their own systems, which may not be visible to community teams. A phone call, followed by a written summary, closes that gap.
British Sign Language users may struggle to access services designed around telephone contact. Deaf parents and deaf children should be offered qualified interpreters, not family members or lip reading.
April and September are common months for families to move, because tenancies and school places often change then. Practitioners should check that every agency has the new details after a move.
Nobody should leave a strategy discussion unsure of what they are meant to do next. Writing down each action, with the agency responsible and a timescale, prevents tasks falling through the gaps.
"""

SPEC = ct.holdout_spec(
    9,
    "h9-",
    "p9-",
    nhs_seed=20260302,
    known_parity=1,
    names=150,
    structured=125,
    per_structured=8,
    address=30,
    school=10,
)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

#!/usr/bin/env python3
"""Build the sixth, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout6.jsonl``      – 100 safeguarding messages (ids x001..x100)
  with gold identifier spans, every record ``"split": "holdout6"``.
* ``clean_prose_holdout6.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids y001..y050), every record ``"split": "holdout6"``.

Format and labelling conventions are exactly those of the earlier sets; the
marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title, no possessive "'s"/"’s", no
  relationship word ("Mum", "Mam", "Aunty", "Uncle"). Initials and nicknames
  count as NAME.
* DATE covers the date only, not a "DOB"/"born"/"EDD" prefix or a weekday.
  Ages, weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/unit/house/pitch/plot/
  hotel/hostel/tower/estate name, and Scottish "3/2" or "1F1" flat
  positions); the town or village is not labelled; the postcode is its own
  POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.
* Towns, cities, regions, islands, nationalities, languages, agencies,
  hospitals, weekdays, months, seasons and festivals are never labelled.

The parser, validators and freshness check live in ``corpus_tools.py``.
Everything here is new: the freshness check is run against all five earlier
sets (``corpus.jsonl`` and ``corpus_holdout2.jsonl`` .. ``corpus_holdout5.jsonl``,
and the five earlier clean prose files), so it refuses any NAME word, ADDRESS, street,
SCHOOL, postcode, structured value or sentence already used there, including in
holdout5, and a person, street, school or structured value repeated across
lines of this set.

Standard library only, deterministic, re-runnable:  python3 build_holdout6.py
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
Morning – can I share with the GP that [[NAME:Ottilie Pinnock]] (Year 3 at [[SCHOOL:Harrowdene Primary]]) told her teacher Dad's girlfriend pulled her hair out? Dad ([[NAME:Stuart Pinnock]]) has asked us not to tell anyone. The GP is treating the bald patch as alopecia.
[[MENTION:<@U0W5KE2RT7>]] are you on EDT tonight? Police have [[NAME:Lachie Urquhart]] (14) at the station after he was found in a car on the M6 with two men and £600 in cash. Mum ([[NAME:Ailsa Urquhart]]) is on [[PHONE:07700 900 634]] and wants him home. Does the return home interview have to happen before he goes back?
Health visitor here. [[NAME:Tahmina Choudhury]] at [[ADDRESS:Flat 14, Bramwell House, Cotton Street]], [[POSTCODE:E14 6WQ]] has told me her husband takes her child benefit and won't let her go to English classes. Baby [[NAME:Inaaya]] is thriving. Does that need a referral on its own or is it a DA conversation first?
hi all, dsl at [[SCHOOL:St Fursey's RC Primary]] – [[NAME:maddox]] (yr 2) said his mums boyfriend [[NAME:jordy]] puts him in a cold bath when he wets himself. mum is [[NAME:chelsea dunkerley]] and shes lovely but scared of him. ring police or mash??
Formal note for the file: strategy discussion held [[DATE:12/01/2026]] regarding [[NAME:Zoya Bhatti]] (DOB [[DATE:19.08.2011]]), referred to as [[NAME:ZB]] in the minutes. Agreed S47 to proceed jointly with police. Father, [[NAME:Rehan Bhatti]], to be seen separately. Can the school be told the outcome before the child goes home today?
[[NAME:Dearbhla McCusker]] from the gateway team in Newry rang from [[PHONE:028 9649 6738]] about a family who moved over here last month – [[NAME:Clodagh Hegarty]] and her three children. They think she's at [[ADDRESS:22 Lychgate Mews]], [[POSTCODE:WN3 4TF]]. Do we need consent before we confirm she's known to us?
Can a school nurse tell a 15-year-old's GP about a chlamydia test without the girl's consent? She's [[NAME:Shakira Dobson]], Year 11, NHS [[NHS:auto]]. She's asked me not to, and she says the boyfriend is 19. I think it's a CSE question now rather than a consent one.
Traveller liaison: [[NAME:Kizzy Purcell]] is on [[ADDRESS:Pitch 11, Hollins Moss Travellers' Site]], [[POSTCODE:M44 5JT]] with her four boys and says the warden has been coming into the trailers at night. The eldest, [[NAME:Levi]], is 13. Police, or the council as site owner?
Is there a rule about how long we keep notes of a concern that turned out to be nothing? A parent has asked us to delete everything about her son and the DSL isn't sure what to say.
PC [[NAME:Aled Prydderch]] here. We attended [[ADDRESS:Tŷ Canol, Lôn Glanrafon]], [[POSTCODE:LL49 9SG]] last night for a domestic and found [[NAME:Cai]] (6) and [[NAME:Gwenno]] (3) asleep upstairs. Mam ([[NAME:Heledd Gravell]]) refused to give a statement. PPN is going in, but do I also ring the IAA?
[[MENTION:@bryony.lado]] I've had an email from a parent at [[EMAIL:k.ofori.family@example.com]] saying a football coach, [[NAME:Gavin Tunnicliffe]], has been messaging her son on Snapchat late at night. The club is in Stoke. Does this come to you or to the club's welfare officer first?
- child: [[NAME:Oskar Nowicki]], 8 - address: [[ADDRESS:41a Brunswick Terrace]], [[POSTCODE:PE13 1HW]] - concern: left alone overnight while Mum works at the packhouse - mum: [[NAME:Kinga Nowicka]] (Polish, limited English) - q: neglect threshold or Early Help with an interpreter?
GP safeguarding lead here. A dad, [[NAME:Desmond Wedderburn]], has asked for copies of his daughter [[NAME:Kenisha]]'s records. Mum says there's a non-molestation order and she has moved to a new address, which is on the file. Can we release anything with the address redacted, or do we refuse the lot?
can someone tell me if [[NAME:jakub dvořák]] dob [[DATE:03/05/2013]] is known? hes in yr8 at [[SCHOOL:Thornbury Fields Academy]] and came in with bruising round his neck, says he fell off his bike. dad picks up and is v aggressive
[[NAME:Tariro Mutasa]] (care leaver, 19) has asked me to write to her landlord for her. His email is [[EMAIL:lettings.office@example.net]]. She's pregnant and the flat at [[ADDRESS:Flat 3, 58 Gransden Road]], [[POSTCODE:NG5 2BX]] has black mould in the bedroom. Can I tell him about the pregnancy to push the repair?
Quick sanity check – if a 17-year-old tells the youth club she's staying with her boyfriend who's 24, is that something we have to pass on, or is she old enough that it's her business? She seems happy but the lads around him worry me.
Case note, [[DATE:8 January 2026]]: home visit to [[ADDRESS:7 Sorrel Bank, Meadowcroft Estate]], [[POSTCODE:DL1 3XN]]. [[NAME:Bobbie Nuttall]] (4) seen; bruising to left cheek, explained by Mum as a fall from the sofa. Mum's partner [[NAME:Dominic Tranter]] present throughout and answered for her. Advice requested: should the child be medically examined before the end of the day?
[[NAME:Humza]] in Year 10 has shown his form tutor a video on [[URL:https://vids.example.net/@southside_trapline]] of himself holding a blade with older boys. His mum, [[NAME:Nusrat Rahim]], rang in worried. Exploitation screening or straight to police?
Housing officer: tenant at [[ADDRESS:Flat 62, Hawksmoor Tower, Pellow Road]], [[POSTCODE:B35 7QE]] hasn't been seen for a fortnight and neighbours hear a baby crying. Tenancy is in the name of [[NAME:Tanya Pilkington]]. Can I force entry with the police or do I ring you first? My direct line is [[PHONE:0191 498 0642]].
[[NAME:Mairi MacPhail]] from Highland Council has emailed from [[EMAIL:mairi.macphail@example.org]] asking whether we know [[NAME:Torquil Rennie]], who's moved to Cumbria with his mum and has a CP plan up there. His DOB is [[DATE:2016-02-11]]. Can I confirm he's registered at a school here?
School nurse – [[NAME:Ifan Morgans]] (Year 7, NHS [[NHS:auto-plain]]) has had four hospital visits this term for asthma and Dad never collects his inhalers. Mam works away. Can I share the A&E letters with school without asking Dad?
Does anyone know whether the LADO threshold is different for volunteers? We've got a parent helper who shouted at a child and grabbed his arm, and the head isn't sure whether it counts.
Ok so [[NAME:Ebuka]] (yr 5) said his aunty [[NAME:Folasade Adegoke]] beats him with a belt if he gets spellings wrong and he's lived with her since Nigeria. Is this private fostering as well as a CP referral?? hes at [[SCHOOL:Elmhurst Vale Primary]]
[[NAME:Haoran Zhou]] (Year 12, international student) lives with a homestay host at [[ADDRESS:16 Orchard Rise]], [[POSTCODE:CB4 2YT]] who he says takes his passport and charges him for food. The agency is [[URL:https://homestay.example.com/hosts/cambridge-north]]. Who do we tell – the agency, the college, or you?
[[NAME:Sherzad]] and [[NAME:Hevin Barzani]] (Kurdish, newly arrived) have been placed in [[ADDRESS:Room 219, Wellgate Park Hotel, Sheffield Road]], [[POSTCODE:S60 1DR]] with a baby who isn't feeding well. The hotel says they can't get a GP. Can the HV visit without a referral?
Nursery manager at [[SCHOOL:Little Owls Day Nursery]]: [[NAME:Marley]] (3) keeps arriving in last night's nappy and Dad smells of cannabis at drop-off. Mum is [[NAME:Kaci Sutcliffe]], mobile [[PHONE:+44 7700 900 281]]. Do we speak to them first or refer straight away?
URGENT – [[NAME:Ishaan Parekh]] (15) sent a friend a message last night saying goodbye. The friend's mum forwarded it to [[EMAIL:pastoral.care@example.net]]. He's not in school today and home isn't answering on [[PHONE:0116 496 0382]]. Police welfare check?
[[NAME:Nomvula Dlamini]] asked me at the Sure Start group whether she'd get in trouble for leaving [[NAME:Sipho]] (7) with his 13-year-old cousin while she does night shifts. I said I'd ask. Any guidance I can give her?
Our Year 9 assembly on healthy relationships led to three disclosures in one afternoon. Is there a way to log them quickly for the DSL before the end of the day, or does each need a full form?
[[NAME:Ieva Kazlauskienė]] rang – she's fled to her friend's in Boston with [[NAME:Dovydas]] and [[NAME:Emilija]] and says her partner has their passports at [[ADDRESS:3 Fydell Crescent]], [[POSTCODE:PE21 8TU]]. She wants the police to get them back. Is that us or them?
[[NAME:Yehuda Grunfeld]] (12) has told a youth worker at the Stamford Hill club that his father hits him with a strap. Mum is [[NAME:Frumet]]. The family are very private and the boy is terrified the community will find out. How do we approach this?
Glasgow HSCP have sent a transfer for [[NAME:Innes Dalgleish]] (DOB [[DATE:27 June 2018]]), previously at [[ADDRESS:3/2, 114 Paisley Road West]], [[POSTCODE:G51 1LR]]. Mum is now at her sister's in Preston. Who's the receiving SW?
[[NAME:Baljit Dhaliwal]] is a kinship carer for her grandson [[NAME:Arjun]] and wants his school to know that his dad isn't allowed to collect him. The SGO was made on [[DATE:4th Sept 2024]]. Can the SW send the school the order, or just a letter?
Hiya, [[NAME:Chinonso]] from the HV team. [[NAME:Adaeze Nwafor]] (NHS [[NHS:auto-dash]]) is 2 weeks postnatal and said she hears voices telling her the baby is evil. Husband says she's just tired. Perinatal mental health won't see her till next week. What do I do today?
Police log: officers attended [[ADDRESS:104 Skelton Road]], [[POSTCODE:S5 6LG]] after reports of shouting. Eleven adults and five children living there. One girl, [[NAME:Ramona Dudás]], says she's 16 but looks younger and says she's "married" to [[NAME:Milan]]. Slovak interpreter booked. Strategy?
We've got a dad who keeps turning up at the school gate even though Mum says there's an order. Mum hasn't given us a copy. Can we refuse to let him take the children without seeing it?
[[NAME:Tadhg]] and [[NAME:Muireann Cassidy]] have been off since the start of term. Mum says they've gone back to Derry "for a while". The school in Derry hasn't heard of them. CME referral to us or to the Western Trust?
[[MENTION:<@U0W8NR4ZX6>]] can you book a Tigrinya interpreter for the visit to [[NAME:Luwam Tsegay]] on [[DATE:14th January]]? She's at [[ADDRESS:Flat 9, Gilmore House, 31 Cray Road]], [[POSTCODE:DA14 5LD]]. Her baby, [[NAME:Nahom]], has a hospital appointment that afternoon.
[[NAME:Nancy Crabtree]] (Reception) told her TA that "Uncle [[NAME:Mick]]" sleeps in her bed when he stays over. Mum laughed it off at pick-up. I've written it on CPOMS – do I need to do anything else today?
[[NAME:Andreea Lungu]] (Romanian) works at the car wash and says her boss, [[NAME:Valentin Popa]], keeps her passport and makes her son [[NAME:Matei]] (14) work weekends. They live above the unit at [[ADDRESS:Unit 4, Tollbar Business Park]], [[POSTCODE:WF16 9AH]]. Her NI number is [[NI:JE 59 24 81 A]] but he "looks after" her wages. Modern slavery referral first, or section 47?
Forwarding for advice: [[NAME:Catriona Gilchrist]] (HV) says baby [[NAME:Hector Sutherland]] (6 weeks, NHS [[NHS:auto]]) has a torn frenulum. Parents say he caught it on a bottle. Dad is ex-forces and works away. Paediatric assessment today, I assume?
When a child is on a CP plan and the family go on holiday abroad, who actually needs to agree? Mum says she's allowed because she has PR and nobody told her otherwise.
[[NAME:Thiago Carvalho]] (Brazilian, Year 4) was collected from after-school club by a man the staff didn't recognise who said he was "Uncle [[NAME:Rogério]]". Mum ([[NAME:Beatriz Pereira]]) later said that's fine, but she's never mentioned him. Should we have let him go?
PCSO note: [[NAME:Jahmal Spence]] (16) and a younger lad, [[NAME:Kobe]], have been seen going in and out of [[ADDRESS:Flat 2, 19 Kenilworth Walk]], [[POSTCODE:NG1 6DL]] at all hours. The tenant, an older woman, looks frightened. County lines or cuckooing – who do I pass this to?
Is it ok to email the conference minutes to Dad ([[NAME:Rhydian Protheroe]]) at [[EMAIL:r.protheroe79@example.com]]? He wasn't at the conference on [[DATE:2 December]] and Mum says he'll forward them to his new partner.
Restaurant family: [[NAME:Jiaxin Huang]] (Year 6) is working in the family takeaway till midnight most nights and falling asleep in class. Parents don't speak much English. Is this a child employment issue for the council or a neglect referral?
[[NAME:Deka Jibril]] (Somali) has asked the HV whether she can take her girls, [[NAME:Najma]] and [[NAME:Hamdi]], to Hargeisa for the summer. The HV is worried about FGM – the older sister was cut – and has sent her [[URL:www.example.org/fgm/what-the-law-says]]. What's the FGM protection order route?
Anonymous call about [[ADDRESS:27 Cinderhill Lane]], [[POSTCODE:ST3 5JN]]: caller says three children are out on the street after 11 most nights and the front window's been boarded up for weeks. No names given. Is that enough for a welfare visit?
[[NAME:Ece Aksoy]] (Year 9) has stopped eating at lunch and told her friend her dad checks her phone every night and hit her when he found a boy's number. She begged us not to tell anyone. Who do I call first?
GP here. Patient [[NAME:Tremayne Forde]] (NHS [[NHS:auto]], DOB [[DATE:04/11/1987]]) came in asking for diazepam and said he'd "lose it" with his kids if he didn't get some. Partner is [[NAME:Shanelle]]. Can I share this with children's services without his consent?
Mae'n ddrwg gen i – quick one in English. [[NAME:Mared Llewelyn-Rees]] from [[SCHOOL:Ysgol Gynradd Cae'r Felin]] says [[NAME:Siôn]] (Bl 2) has been coming in with no coat or breakfast since Mam's new partner moved in to [[ADDRESS:Bryn Teg, Ffordd Penrhos]], [[POSTCODE:LL53 5TB]]. Early help or a referral to IAA?
[[NAME:Karam Najjar]] (Syrian, 16) was picked up by British Transport Police at Euston with a train ticket bought by someone else and £300. He gave his address as [[ADDRESS:12 Larkspur Close]], [[POSTCODE:MK6 3PA]] and his NI letter ([[NI:GY 40 73 16 C]]) was in his pocket. His foster carer says he's been going missing at weekends. NRM?
[[MENTION:@gail.mash]] did [[NAME:Rania Khoury]] ever get back to you? She left a voicemail saying she'd ring from [[PHONE:020 7946 0843]] but it goes to a fax tone. It's about her son [[NAME:Omar]] and the school exclusion.
Safeguarding concern – [[NAME:Sonny Dransfield]] (17, care leaver) has been offered a room at [[ADDRESS:Room 5, Aldbrook Lodge, 20 Mersey Road]], [[POSTCODE:WA7 1DG]] by a man he met online who's paying his phone bill. [[NAME:Sonny]] says he's "just a mate". He has a learning disability. Is this an adult safeguarding referral or still ours?
The new threshold document says 'Level 3' where the old one said 'targeted support'. Are they the same thing? I need to explain it to a parent tomorrow and don't want to get it wrong.
For info: [[NAME:Tereza Holubová]] has asked for all letters about [[NAME:Vojtěch]] to go to [[EMAIL:tereza.h.uk@example.net]] because her ex still gets post at the old flat. Dad has PR. Is there a reason we can't?
urgent – [[NAME:tayla mckenna]] year 10 turned up at reception sobbing saying her step-dad [[NAME:gaz]] threw her out last night and she slept at a mates. mum isnt answering [[PHONE:07700900617]]. can she go home tonight or do we ring you??
Referral query: [[NAME:Abshir Elmi]] (Year 11) was stabbed in the leg last night near [[ADDRESS:Tamarind Court, Wickham Estate]]. He says he doesn't know who did it. Do we call a strategy meeting or is it a contextual safeguarding thing?
[[NAME:Mikey Stokes]] rang from the transit site in Darlington on [[PHONE:01632 960529]] saying the council want to move them on tomorrow and his youngest, [[NAME:Patsy]], has just had heart surgery. Can we ask for more time on welfare grounds?
[[NAME:Nerys Vaughan]], SENCo at [[SCHOOL:Ysgol Bryn Eithin]], says [[NAME:Macsen Davies]] (Bl 5) has a new bruise every Monday after contact with Dad. Dad is a police officer. Does that change who we refer to?
Notes from EH meeting [[DATE:20/11/2025]] • child: [[NAME:Albie Smethurst]], 2 • parents: Mum and stepdad [[NAME:Wesley Smethurst]] • home: [[ADDRESS:55 Bolholt Walk]], [[POSTCODE:BL8 1PS]] • issue: home conditions poor, dog bites x2 • question: step up to CSC?
Can I refer to the child as "[[NAME:KT]]" on the form? Mum ([[NAME:Kelly Tasker]]) is worried the referral will be seen by her neighbour who works at the council.
Is anyone going to the multi-agency training on neglect next week? I'd like to bring a case study but I'm not sure how much detail is OK to share in a training room.
[[NAME:Abdiqani Abdillahi]] (Year 8) told the youth worker that older boys from the estate took him to a flat in Southend and made him sell. He showed us the advert that got him in: [[URL:https://jobs.example.com/p/easy-money-weekends]]. His mum doesn't know. NRM and strategy?
Maternity: [[NAME:Jessamy Weatherall]] (NHS [[NHS:auto-plain]]), 38 weeks, has disclosed that her partner strangled her last month. She lives at [[ADDRESS:Flat 6, Pendle Court, Marsh Lane]], [[POSTCODE:PR1 8UD]]. He'll be at the birth. What can we put in place before she delivers?
Young person [[NAME:Taylah Bagshaw]] (15) has posted on [[URL:https://social.example.com/u/taylah.b.xx]] that she's going to meet a man she met online in Manchester tomorrow. Her mum, [[NAME:Donna Bagshaw]], doesn't know. Do I contact police or Mum first?
[[NAME:Angelica Santos]] is a live-in carer at [[ADDRESS:Larchwood House, Priory Lane]], [[POSTCODE:SL4 2JS]] and says her employer's adult son has been touching her daughter, [[NAME:Princess]] (11). She's terrified of losing her visa. Police, or us first?
A nail bar owner brought [[NAME:Dinh Khanh Linh]] (says she's 17) to the GP with abdominal pain. She had no ID and the owner answered every question. The GP wants to know if she can call us without the girl's consent.
Housing: [[NAME:Marek Kaminski]] has been given notice on his HMO room at [[ADDRESS:Room 3, 47 Aylestone Road]], [[POSTCODE:LE2 7QJ]] and his 15-year-old, [[NAME:Wiktor]], is staying there with him, which the licence doesn't allow. His NI is [[NI:PW 38 15 72 A]] if licensing need it. If I report it, is the boy at risk of being homeless?
Paeds liaison: [[NAME:Kudzai Chikwanha]] (2, NHS [[NHS:auto]]) was brought to A&E by Gran with a spiral fracture of the arm. Mum ([[NAME:Rumbidzai]]) hasn't been seen for a week. Who can give consent for the skeletal survey?
[[MENTION:<@U0X2HP7LC5>]] can you add the [[NAME:Makepeace]] family to Thursday's allocation meeting? The referral came in from [[EMAIL:dsl@foxdale-high.example.org]]. Three children, all at different schools.
[[NAME:Lyla Postlethwaite]] (Year 1) drew a picture of Dad holding a knife to Mummy. Dad ([[NAME:Shaun Postlethwaite]]) is a well-known local councillor. The head wants to ring Mum first. Should we?
Edinburgh social work asked us to check if [[NAME:Kirsten McIver]], 16, is staying with her boyfriend in Berwick. Her home address is [[ADDRESS:Flat 1F1, 9 Bellevue Terrace]], [[POSTCODE:EH7 4DT]]. She's on a CSO. Can we do a welfare visit on their behalf?
[[NAME:Sahil Popal]] (Afghan, UASC) has been age-assessed as 19 but his Tazkira gives [[DATE:2009-09-23]]. His foster carer, [[NAME:Lorraine Haworth]], says he's clearly a child. His NI number came through as [[NI:NB 71 26 48 C]]. Can we challenge the assessment?
[[NAME:Rokeya Talukder]] (Bangladeshi, six children) has told the HV that her husband has taken the youngest, [[NAME:Ariyan]], to Sylhet and won't bring him back. She has his NHS number, [[NHS:auto-dash]], and the birth certificate. What can we do from here?
How do people record a concern when the parent is also a member of staff? Our DSL is off and the deputy is related to the family, so I don't know who should see it.
DS [[NAME:Helen Haigh]], CID. We've arrested a 19-year-old, [[NAME:Cody Hemmings]], for image offences; his phone has pictures of a girl we think is [[NAME:Lexi Mottram]], 13, at [[SCHOOL:Cotterdale High School]]. Can the school be told before we interview her?
Youth club lead here. [[NAME:Jaylen Odukoya]] (14) turned up with a new iPhone and designer trainers and said an older lad called [[NAME:Dre]] gave them to him. His mum works nights. I don't want to lose his trust – what do I share and with whom?
[[NAME:Josie Hearne]] at [[ADDRESS:Plot 2, Cuckoo Bridge Caravan Park]], [[POSTCODE:SG19 2LP]] says her husband won't let the girls go to secondary school. [[NAME:Nora]] is 12 and [[NAME:Margo]] is 11. The EHE page she found is [[URL:https://example.org/ehe/registering-home-education]]. Elective home education, or a CME issue?
[[NAME:Rosalind Huxley]] (DSL) asked me to pass on that [[NAME:Stanley Goodwin]] (Year 7) has been excluded for bringing a knife in and says he needed it "for the walk home". Fixed-term or not, should exploitation be screened?
[[NAME:Mithun Karunaratne]] (Sri Lankan Tamil) and his wife have asked whether their daughter [[NAME:Nila]]'s CAMHS letters can go to their GP at [[EMAIL:reception@highfield-surgery.example.net]]. She's 16 and has asked for them not to. Who decides?
[[MENTION:@ruth.edt]] the address for tonight's welfare check is [[ADDRESS:Flat 12, Kittering House, Chalk Hill Road]], [[POSTCODE:RM13 8JQ]]. Gate code is on the case note. Neighbour says the children have been alone since lunchtime.
Can I give the college [[NAME:Navneet Grewal]]'s NI number so they can pay her bursary? It's [[NI:SE 42 90 17 D]]. She's 17, a care leaver, and has asked me to do it because she doesn't trust email.
fyi mr [[NAME:oduro]] came into reception shouting that we'd "stolen" [[NAME:kwaku]] and he'd find out where the foster carer lives. police called. do we need to warn the carer tonight?
HV note: [[NAME:Zahra Sultani]] (Afghan, resettlement scheme) at [[ADDRESS:19 Pembury Avenue]], [[POSTCODE:TN2 3QR]]. Baby [[NAME:Yasin]]'s weight has dropped from the 50th to the 9th centile. Dad does all the talking; Mum speaks only Dari. Interpreter next time – and is it a referral now?
Probation say [[NAME:Garry Oldroyd]] (Schedule 1 offender) has moved in with a woman with two girls at [[ADDRESS:33 Crosland Road]], [[POSTCODE:HD4 5BU]]. They emailed from [[EMAIL:probation.safeguarding@example.net]] asking us to do the disclosure. Do we tell Mum today?
We're a small setting – [[SCHOOL:Buttercup Corner Pre-School]] – and [[NAME:Wilbur]] (3) told staff that "Daddy's friend" hurt his bottom. Dad collects him in twenty minutes. What do we do RIGHT NOW?
Can someone check the address we hold for [[NAME:Iveta Dimitrova]]? Bulgarian mum, baby [[NAME:Boris]] (NHS [[NHS:auto]]). The hospital have her at [[ADDRESS:Flat B, 6 Cheviot Street]], [[POSTCODE:NE6 5YL]] but the HV went and a different family live there.
Just to say thank you to whoever helped with the referral yesterday – the family have been brilliant since and the little one has started nursery. It does work sometimes!
[[MENTION:<@U0X9FD3VB2>]] the strategy for the [[NAME:Wainwright-Brough]] children is now [[DATE:16 January 2026]] at 10, Teams link [[URL:https://teams.example.com/l/meetup/strat-wainwright-jan]]
[[NAME:Peadar Maguire]] from the Belfast trust has rung from [[PHONE:+44 28 9649 6824]] asking whether [[NAME:Aoibhinn Donnelly]] (DOB [[DATE:30/03/2012]]) is registered with a school in our area – she's missing from care over there. Can I tell him?
Teacher at [[SCHOOL:Whinmoor Hall Junior School]]: [[NAME:Roxie Heppenstall]] (Year 5) has been writing notes saying she wants to die and has been reading [[URL:https://forum.example.org/threads/no-way-out]]. Mum has told us she'll "sort it" and doesn't want CAMHS. Can we refer without Mum agreeing?
Youth worker: [[NAME:Kerem Çelik]] (16) says his dad is kicking him out at the end of the month because he came out as gay. He's sofa-surfing at [[ADDRESS:9 Danescourt Rise]], [[POSTCODE:CF5 2QN]] with a friend's family. Homeless 16/17 or a Section 17 assessment?
Hi, [[NAME:Jaspreet]] from Early Help. [[NAME:Manpreet Toor]] wants the school to stop her ex, [[NAME:Gurinder]], seeing [[NAME:Eknoor]] (6) at lunchtimes – he's been ringing the office from [[PHONE:0121 496 0318]] ten times a day. There's no court order. What can the school lawfully do?
The LADO needs to know about [[NAME:Tobias Wragg]], a supply teacher at [[SCHOOL:Holmewood Park School]]. A Year 10 girl has shown us messages from his personal number, [[PHONE:07700 900 492]]. He's been sent home. Do we also tell the agency?
PPN received: DA incident at [[ADDRESS:5 Ashby Fold]], [[POSTCODE:LS27 8TS]] on [[DATE:11.01.26]]. Victim [[NAME:Becca Pickles]], suspect [[NAME:Carl Hewitt]]. Children [[NAME:Mabel]] (4) and [[NAME:Otis]] (1) present. Third PPN in six months – MARAC or just EH?
Care leaver [[NAME:Kadeem Nugent]] (18) is at [[ADDRESS:Room 22, St Jude's Hostel, 3 Canal Basin]], [[POSTCODE:L3 7BG]] and has a 4-month-old, [[NAME:Amari]], with his girlfriend, who lives with her parents. He wants the baby to stay over at the hostel. His UC claim also bounced because of his NI, [[NI:WJ 27 64 03 B]]. Does the overnight need a risk assessment?
Please can someone call [[NAME:Seonaid Matheson]] back on [[PHONE:0141 496 0857]]? She's the Glasgow HV for baby [[NAME:Fionnlagh Galbraith]], whose mum has moved down to Carlisle without telling anyone.
[[NAME:Aurelia Tavares]] has been refused a crisis payment because her NI number ([[NI:HN 85 13 62 A]]) is "not recognised". She's Portuguese, settled status, two children, no gas. Can we pay for a top-up under Section 17 today?
[[MENTION:@ellen.cin]] update on the [[NAME:Brierley]] family – Mum's NI number for the carer's allowance form is [[NI:TK 63 08 51 B]] and [[NAME:Thea]]'s DLA reference is on the file. Can you countersign by Friday?
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
Referral Routes: Anyone who is worried that a child is being harmed can contact the MASH directly, whether they are a professional or a member of the public. Practitioners should not wait for certainty, because the MASH exists to gather what other agencies know.
When CAMHS decline a referral, the letter should explain what the concern was and where else the family might go. Schools and GPs should keep that letter, talk it through with Mum or Dad and look again if the young person's distress increases.
Allegations against anyone who works with children must be passed to the LADO within one working day. Headteachers should resist the temptation to investigate first, however confident they feel about the member of staff.
A Section 47 enquiry is not an accusation, and parents should be told that clearly at the first visit. Explaining what will happen next, and roughly when, helps families stay engaged even when they are angry or frightened.
Early Help works best when the family choose it rather than feeling pushed into it. A lead practitioner who listens first and offers practical help quickly usually earns the trust needed for harder conversations later.
The DSL should keep a simple record of every decision not to refer, with the reasons. Months later, that record can show a pattern that no single concern revealed at the time.
Pupils in Year 9 often start to spend more time away from home and online without supervision. Tutors who notice a sudden change in friends, money or mood should share it with the safeguarding team the same day.
A strategy meeting needs the right people in the room more than it needs a full room. Police, health and children's social care must be represented, and the school or nursery that knows the child best should be invited whenever possible.
Newly qualified social workers can find their first December on a duty team overwhelming. Regular supervision, a manager who answers the phone and permission to ask simple questions all help to keep good staff in the profession.
Hospitals such as Alder Hey, Great Ormond Street and the Royal Victoria Infirmary have named safeguarding nurses on every shift. Community staff who are worried about a child on a ward should ask for them by role rather than waiting for a discharge meeting.
Sunday evenings can be the hardest time for children returning from contact with a parent they miss. Foster carers should plan a calm routine, and schools should be gentle on Monday mornings when a child arrives unsettled.
Some Roma families have experienced discrimination from officials in several countries before arriving here. Practitioners who speak Romanes or Slovak, or who bring a trusted community worker, will often find doors open more easily.
Bullet Points Are Not a Chronology: A good chronology records what happened, when, who saw it and what was done. It should be written so that a stranger could pick it up and understand the child's story without asking anyone.
Youth workers build relationships over months, often with young people who distrust every other professional. Information should still be shared when there is a risk of harm, but the young person should hear it from the youth worker first whenever that is safe.
Mum may be the only adult a child has ever been able to rely on, even when her care falls short. Assessments should recognise what is working in a family as well as what needs to change.
Families arriving from Hong Kong, Ukraine or Afghanistan may have very different expectations of schools and the state. Settling-in meetings with an interpreter give parents a chance to ask questions they would never raise at the school gate.
Housing officers are often the first to see a home in crisis, from hoarding to a broken front door that has never been repaired. They should know how to contact children's services and should not be told that it is somebody else's job.
In Wales the Social Services and Well-being Act shapes how councils respond to children in need. Practitioners who cross the border from Chester or Shrewsbury should check which guidance applies before they make promises to a family.
Children who attend mosque school, Sunday school or supplementary Saturday classes spend many hours with adults outside the usual safeguarding system. Those settings deserve training and support rather than suspicion.
School nurses can offer confidential drop-ins where teenagers ask about contraception, self-harm or worries at home. Confidentiality is important, but young people should be told at the start that some things have to be passed on.
A baby who is often handed to different adults or left with a changing cast of babysitters may struggle to form secure attachments. Health visitors are well placed to notice this and to help parents think about who really needs to be involved.
Practitioners in Belfast, Cardiff, Glasgow and Leeds all work to different frameworks, yet children move between them without warning. A phone call between workers is still the quickest way to pass on what really matters.
Welsh-speaking children should be able to talk about their worries in Welsh if they wish. Councils should make sure that interviews, conferences and written plans are offered in the family's preferred language.
Parents with a learning disability are more likely to have their children removed than other parents. Adapted assessments, easy-read letters and advocacy can help them show what they are capable of with support.
Statutory Guidance: Working Together sets out how agencies should cooperate to keep children safe. It is not a checklist to be completed, and practitioners are expected to use professional judgement about what each child needs.
Lithuanian, Latvian and Polish families in the Fens often work long shifts in packhouses and factories. Childcare can be patchy, and older siblings may be left in charge far more often than parents would like.
A child who is frequently absent on Mondays and Fridays may be caring for a parent after heavy weekends. Attendance officers should ask curious questions before issuing fines that could make the situation at home worse.
Detectives investigating online abuse may need to speak to a school quickly and without the family being warned. The DSL should be ready to share what the school knows while keeping the enquiry confidential.
Foster carers who are new to caring for teenagers may be shocked by the language and behaviour they encounter. Supervising social workers should offer practical advice and regular support, especially during the first difficult weeks.
Somali, Sudanese and Eritrean families may have lived through years of displacement before arriving in Birmingham or Bristol. Children can carry that history into the classroom, and patience often achieves more than sanctions.
Neglect is rarely a single dramatic event and is more often a slow accumulation of small harms. Professionals should step back every few months and ask whether things are really improving for the child.
Safer Sleep: Babies should sleep on their backs, in their own cot, in the same room as a parent for the first months. Alcohol, drugs and sofas make co-sleeping far more dangerous, and every visit is a chance to repeat that message.
Children whose brothers or sisters have been taken into care may be frightened that they will be next. Workers should explain what is happening in words the child can understand and check how they are feeling.
Irish Traveller families often have strong extended networks that can offer care and protection. Practitioners should ask who the family trust before assuming that no support is available.
Exploited young people may be arrested for the very crimes they were forced to commit. Police, youth justice and social care should consider the National Referral Mechanism at the earliest opportunity.
Mobile phones are central to the lives of most teenagers, and removing them can feel like a punishment for speaking up. Plans for online safety should be agreed with the young person rather than imposed on them.
Practice Reminder: A child's own words should be recorded exactly as they were said, without tidying them into adult language. The words often carry more weight than any summary written later.
Grandparents who step in to care for children often do so with no warning and very little money. Kinship carers should be told about allowances, support groups and their right to ask for an assessment.
Teachers are not expected to investigate a disclosure, only to listen, reassure and pass it on. Leading questions can harm a later police investigation, so it is better to say less and record more.
During Lent, Passover and Ramadan, families may change how and when they eat. Schools that know the calendar can plan meals and activities that respect faith without missing signs of genuine hunger.
Young people leaving custody may return to the same streets and the same people who exploited them. Resettlement planning should begin long before release and involve the school, housing and the youth offending team.
Shelter staff and refuge workers protect the location of families who have fled abuse. Other agencies should never pass that information on without the family's agreement and a clear reason.
The October half-term often brings a rise in missing episodes among children in care. Placements and police should agree in advance how return home conversations will happen and who will do them.
Practitioners should be alert to the possibility that a young carer is hiding the extent of a parent's illness. Gentle, repeated conversations can help the child feel safe enough to explain what really happens at home.
Interpreting in Arabic, Pashto or Tigrinya needs a professional who understands dialect and context. Using a child or a neighbour risks misunderstanding and puts everyone involved in an unfair position.
Supervision is where practitioners can think aloud about cases that worry them. Managers should make time for reflective discussion, not only for checking deadlines and caseload numbers.
Case conferences can feel intimidating for parents who arrive alone. Offering an advocate, explaining who will be there and letting parents speak early can make a frightening meeting feel fairer.
Thresholds are a guide to decision-making and not a barrier to asking for help. Whenever a practitioner is unsure, a conversation with the duty team is better than waiting for more evidence.
Children living in temporary accommodation in Luton, Slough or Croydon may change schools repeatedly within a single year, often in September or January. Virtual school staff and housing teams should share information so that each move is planned rather than sudden.
Good Practice: Tell the family what you are sharing, with whom and why, unless doing so would put the child at greater risk. Honest explanations usually protect the working relationship better than silence.
"""

SPEC = ct.holdout_spec(
    6,
    "x",
    "y",
    nhs_seed=20260112,
    known_parity=0,
    names=140,
    structured=120,
    per_structured=8,
    address=28,
    school=10,
)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

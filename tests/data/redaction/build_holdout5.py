#!/usr/bin/env python3
"""Build the fifth, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout5.jsonl``      – 100 safeguarding messages (ids v001..v100)
  with gold identifier spans, every record ``"split": "holdout5"``.
* ``clean_prose_holdout5.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids w001..w050), every record ``"split": "holdout5"``.

Format and labelling conventions are exactly those of the earlier sets; the
marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title, no possessive "'s"/"’s", no
  relationship word ("Mum", "Mam", "Gran", "Grandma"). Initials count as NAME.
* DATE covers the date only, not a "DOB"/"born"/"EDD" prefix or a weekday.
  Ages, weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/house/farm/pitch/plot/
  hotel/hostel/guest-house/estate name, and Scottish "0/1", "2/R" or "3F2"
  flat positions); the town or village is not labelled; the postcode is its
  own POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.
* Towns, cities, regions, islands, nationalities, languages, agencies,
  hospitals, weekdays, months, seasons and festivals are never labelled.

The parser, validators and freshness check live in ``corpus_tools.py``.
Everything here is new: the freshness check is run against all four earlier
sets (``corpus.jsonl`` and ``corpus_holdout2.jsonl`` .. ``corpus_holdout4.jsonl``,
and the four earlier clean prose files), so it refuses any NAME word, ADDRESS, street,
SCHOOL, structured value or sentence already used there, including in
holdout4, and a person, street or school repeated across lines of this set.
On top of that, postcodes must be new too and no structured value may repeat
within this set.

Standard library only, deterministic, re-runnable:  python3 build_holdout5.py
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
Quick one – can I tell the nursery that [[NAME:Caoimhe Tierney]] and her little boy [[NAME:Fionn]] are now at [[ADDRESS:Flat 7, Harbour View, 3 Quayside Walk]], [[POSTCODE:BT15 3LR]]? Dad's solicitor has asked for it as well and I'm not giving it to him.
DSL at [[SCHOOL:Ysgol Gynradd Bro Tegid]] here. [[NAME:Rhodri]] in Blwyddyn 4 says his dad's new partner locks him in the garden shed when he's "bad". Dad is [[NAME:Iestyn Bevan]], address on file [[ADDRESS:Bryn Awel, Ffordd y Llan]], [[POSTCODE:LL23 7NE]]. Do I phone the police or the council's IAA team first?
[[MENTION:<@U0Q4HN7BX2>]] are you on duty? Mum ([[NAME:Shazia Latif]]) has rung from [[PHONE:0113 496 0782]] saying her husband has taken the two boys to Bradford and won't bring them back. There's no order either way. Is this one for us or just the police?
Home visit note: [[ADDRESS:62 Tennyson Avenue]], [[POSTCODE:DN15 7HW]]. No food in the fridge apart from a bottle of milk, dog mess on the landing, [[NAME:Kaiden]] (2) in a nappy that hadn't been changed since the morning. Mum ([[NAME:Shannon-Marie Scaife]]) says her Universal Credit hasn't come through. Neglect referral, or early help and a food bank voucher?
Do we still need parental consent to refer to the school nursing service if the child is 13 and asking for help herself? The form says consent is mandatory but that can't be right for everything.
The rebbetzin who runs the girls' group at [[SCHOOL:Bais Rochel Ohel Sarah Girls' School]] is worried about [[NAME:Tzipora Gluckstein]] (14), who has stopped coming since Purim and whose father won't let anyone into the house. Can we visit without the community working out who raised it?
[[NAME:Olamide Fashola]] rang the duty line from [[PHONE:07700 900 153]] – she's in [[ADDRESS:Room 31, Travelstop Hotel, Airport Way]], [[POSTCODE:LU2 9NL]] with three children and the council have told her to leave by Friday. The youngest, [[NAME:Tomiwa]], is 5 months. Section 17, or back to housing?
Strategy held [[DATE:14/10/2025]] re [[NAME:Harlow Bickerstaff]] (DOB [[DATE:03.06.2021]]). Agreed single-agency S47 by CSC; police to take no further action unless the medical finds something new. Can someone let the nursery know today?
[[NAME:Dafina Krasniqi]] (Kosovan) has asked us to use her sister's email, [[EMAIL:arta.krasniqi@example.com]], for all letters because her husband reads hers. Is that OK under GDPR when the sister isn't a parent?
Our Year 11 [[NAME:Lennox Adu-Boahen]] was arrested in Croydon on [[DATE:2 November 2025]] with a knife and a phone that isn't his. He says he was holding it for an older lad. He's at [[SCHOOL:Ashburton Park Academy]] and has an EHCP. NRM referral, and who goes to the police interview with him?
Mum ([[NAME:Gráinne McNulty]]) says she's taking [[NAME:Ruairí]] and [[NAME:Saoirse]] back to Donegal for good at Halloween and won't tell the school the address. Dad lives in Glasgow and has shared PR. Do we tell him?
[[MENTION:@harriet.edt]] can u check if we know [[NAME:zak whelan]]? dob [[DATE:21/04/2010]], lives [[ADDRESS:8 Peveril Crescent]], [[POSTCODE:de22 1rb]]. police picked him up in a stolen car at 3am and mum wasnt answering
Health visitor [[NAME:Manon Tudur]] says baby [[NAME:Nedw]] (NHS [[NHS:auto]]) has a bruise on his ear and Mam says his big brother threw a toy. Family live at [[ADDRESS:2 Tai Newydd, Stryd y Plas]], [[POSTCODE:LL55 4BS]]. He's 4 months – do we need a strategy?
The leaving care team have [[NAME:Filmon Berhane]]'s NI number as [[NI:JG 52 71 06 C]] but the Jobcentre letter says [[NI:JG 52 71 60 C]]. Which do I put on the UC claim? He turns 18 on [[DATE:28/11/2025]].
How long should we keep trying to contact a family who've moved before we close? The new area won't accept the transfer until they've got an address, and the family aren't answering.
[[NAME:Kenna Drysdale]] (15) has turned up at her aunt's in Gateshead saying she won't go back to her mum's at [[ADDRESS:Flat 3F2, 41 Dalmeny Street]], [[POSTCODE:EH6 8RG]]. Edinburgh social work say she's on the child protection register there. Who's responsible for her tonight?
Concern passed on from Glasgow: [[NAME:Ayla Sabri]] and her three kids have left [[ADDRESS:0/1, 27 Torrisdale Street]], [[POSTCODE:G42 8PZ]] to get away from her husband and are staying with friends in Leicester. She's Kurdish and speaks Sorani. Which area holds the MARAC?
Can I send the CIN minutes to [[NAME:Adeola]]'s dad at [[EMAIL:dele.oyewole@example.com]]? He's separated from Mum and has PR, but Mum says he'll use anything we write against her in court.
Baby [[NAME:Antonina Grabowska]], NHS [[NHS:auto-dash]], was discharged from SCBU to [[ADDRESS:Flat 11, Kestrel House, Manor Farm Estate]], [[POSTCODE:HP13 5TF]] with a feeding tube. Neither parent turned up for the training. Another pre-discharge meeting, or a referral?
Mr [[NAME:Arkwright]] has been filming outside the contact centre and posting it at [[URL:https://clips.example.net/c/fathers-for-fairness-kent]]. You can see [[NAME:Primrose]]'s face in two of the videos. Can legal get them taken down?
[[NAME:Tyson]] and [[NAME:Vashti Loveridge]] have been off school since the family moved onto [[ADDRESS:Plot 6, Oldbury Pitts, Tar Pit Lane]], [[POSTCODE:TN15 8RA]]. Mum says they're home educating now but there's no letter. Do we take them off roll?
[[NAME:Corey Fenton]] (17) was placed at [[ADDRESS:Room 8, Lindisfarne House, 14 Bath Lane]], [[POSTCODE:NE4 5SQ]] by housing last night. It's an adult hostel with men on licence and he's never been looked after. Can we get him out today, and under what section?
Our new TA has asked whether she can add parents on Facebook if they send her a friend request. She's from the village and knows most of them already. Where's the line?
Gran ([[NAME:Loretta Bryan]]) rang on [[PHONE:0121 496 0945]] to say she's had [[NAME:Kymani]] and [[NAME:Ziyah]] for three weeks because their mum has been sectioned. She can't claim child benefit without something from us. What letter can we give her?
Payroll at the care home have emailed from [[EMAIL:payroll@greenacres-care.example.org]] asking us to confirm [[NAME:Nyasha Mudzingwa]]'s NI number ([[NI:SN 64 29 07 B]]) because she's a care leaver and we're her corporate parent. Is that something we do?
Transfer-out to Lancashire: [[NAME:Sorcha Macaulay]] (DOB [[DATE:17 April 2012]]) and her brother [[NAME:Murdo]] are moving from [[ADDRESS:4 Cnoc na Mara]], Balallan, Isle of Lewis, [[POSTCODE:HS2 9PN]] to their dad in Lancaster. The Western Isles team want to know who our receiving worker will be.
Please do NOT put the refuge address on the referral form – [[NAME:Samira Benali]] and the girls are at [[ADDRESS:Flat 2, 19 Greville Road]] but Mum's family are still looking for them. Just put "c/o Women's Aid". Will the MASH accept that?
[[NAME:Gediminas Petrauskas]] works at the chicken factory in Boston and leaves his two boys, 7 and 9, on their own from 5am. A neighbour rang from [[PHONE:01632 960 847]]. Mum is back in Lithuania. Neglect, or a family that needs childcare?
Paediatric liaison: [[NAME:Joy Macaraeg]] from the Royal Bolton says [[NAME:Ashton Bramall]] (3, NHS [[NHS:auto-plain]]) was brought in with a burn on his hand shaped like an iron. Mum's boyfriend brought him and left before the doctor saw him. Strategy?
Mum has asked if [[NAME:Sumaya]] and [[NAME:Bilaal Hirsi]] can go to their uncle's in Sheffield for Eid. The CP plan says only supervised contact with Dad's side of the family. Does the uncle count as Dad's side?
[[NAME:Oleksandra Tkachenko]] (Ukrainian) has moved out of her sponsor's place at [[ADDRESS:The Granary, Westcott Manor Farm]], [[POSTCODE:OX7 3RB]] with her son [[NAME:Bohdan]]. The sponsor says she left the boy alone while she worked shifts in Oxford. Is this for us or for the Homes for Ukraine team?
DSL at [[SCHOOL:Tudor Grange Park Academy]]: [[NAME:Jaskaran Bhamra]] (Year 12) says his older brother's friends are using his bank account for "transfers" and he gets £50 a time. He's scared to tell his parents. Money muling – police or us?
Police raided [[ADDRESS:39 Wentworth Grove]], [[POSTCODE:ST4 2LQ]] last night and found a boy who says he is 16, [[NAME:Dang Quoc Bao]], locked in an upstairs room with the plants. He has no papers. An interpreter is booked – can someone from the exploitation team come to the station?
[[MENTION:<@U0R7DK2MF9>]] can you book the ICPC for the [[NAME:Cheetham]] children for [[DATE:11th December 2025]]? Mum has asked for it to be after school pick-up.
Traveller Education have asked us to visit [[NAME:Mena Collins]] at [[ADDRESS:Pitch 3, Sandy Lane Travellers' Site]], [[POSTCODE:CH4 0DL]]. Her youngest, [[NAME:Nellie]], has a cleft palate and has missed every appointment since she was born. Mum can't read the letters. Is this neglect or a job for the health visitor?
Is anyone else having trouble with the new referral portal? It logs me out after ten minutes and I lose everything I've typed, which is a real problem when it's a long disclosure.
[[NAME:Sushmita Thapa]] (Nepali, husband serves at Aldershot) has asked the HV whether she can take baby [[NAME:Aashish]] to Pokhara for Dashain. He's on a CP plan. The HV sent her [[URL:www.example.net/cp/travelling-abroad]] but it doesn't answer the question – can she go, and who has to agree?
The DSL at [[SCHOOL:Ashleigh Vale Primary]] has asked us to use [[EMAIL:dsl.office@ashleighvale.example.org]] rather than her personal account for anything about [[NAME:Rocco Santangelo]]. Italian family, Dad runs the restaurant on the high street. Can someone update the contact sheet?
Can the school nurse have [[NAME:Ayomide Bakare]]'s NHS number? It's [[NHS:auto]], DOB [[DATE:2012-05-09]]. Her mum says she's had no vaccinations since they left Nigeria.
An RSPCA inspector went out to [[ADDRESS:High Stoney Farm, Grindle Lane]], [[POSTCODE:TF11 9JD]] about the dogs and says two children were sleeping in a caravan in the yard with no heating. Dad is [[NAME:Royston Pargeter]]. Do we act on an RSPCA report?
[[NAME:Afraa Abdelgadir]] (Sudanese, asylum hotel) has asked for help getting her son [[NAME:Mujtaba]] a school place. They're at [[ADDRESS:Room 106, Riverside Lodge Hotel, Ferry Road]], [[POSTCODE:HU13 0DR]]. The hotel says they may be moved in a fortnight. Do we apply anyway?
[[MENTION:@ceri.iaa]] could you ring [[NAME:Mererid Huws]] back on [[PHONE:029 2018 0614]]? She's the foster carer for the baby and wants to know if Mam's contact is still on for Thursday.
[[NAME:Hira Saleem]] (Year 11) has been taken out of school for "a family emergency" in Pakistan and her phone goes straight to voicemail. Her friend says she was scared of being married to a cousin. Forced Marriage Unit, and what do we tell the friend?
[[NAME:Kerris Wilmot]] says her new partner, [[NAME:Dale Overend]], wants to move in with her and the kids at [[ADDRESS:15 Meadowsweet Drive]], [[POSTCODE:BD18 4EU]]. She's heard he's been violent before. Should she apply under Clare's Law herself, or do we?
A parent has posted on the PTA page ([[URL:https://social.example.org/groups/ty-croes-parents]]) that Mr [[NAME:Bellamy]] "grabbed" her daughter in PE. The head wants to deal with it in-house. LADO?
The [[NAME:Gažo]] family at [[ADDRESS:48 Chavasse Street]], [[POSTCODE:S4 8GF]] have eleven people in a three-bedroom terrace, and the youngest, [[NAME:Margita]], hasn't started school. Mum says she's too little at 5. Is that a CME referral?
Does anyone have a simple explanation of a Child in Need plan that I can use with a parent who has a learning disability? The leaflet we have is six pages long and full of jargon.
Resettled Syrian family: Dad ([[NAME:Mahmoud Alhamoud]]) has been hitting [[NAME:Yaman]] with a slipper for bad marks. School ([[SCHOOL:Kirkstall Brow Primary]]) say it's cultural and they don't want to damage the relationship. Do we go ahead with a referral?
Please send the conference report for [[NAME:Tirion Gwyn]] to [[EMAIL:adolygu.cp@example.org]] by [[DATE:5 December 2025]]. Mam has asked for it in Welsh, and the translation request form is at [[URL:https://intranet.example.org/cyfieithu/request]].
[[MENTION:@marta.ehm]] sorry to bother u – for [[NAME:Tiegan]]'s mum the ni no is [[NI:ab 61 93 08 d]] and shes asked us to help with the free school meals form. ok to put it on?
[[NAME:Sohrab Amiri]] (UASC, says he's 15) has been placed at [[ADDRESS:Room 4, Cavendish Lodge, 7 Albert Road]], [[POSTCODE:FY1 4PW]] – supported lodgings with adults. The Home Office have his DOB as [[DATE:1 January 2006]]. He's frightened of the men on his corridor. Can we move him before the age assessment is done?
[[NAME:Wanjiru Kamau]] is a student nurse with a 4-year-old, [[NAME:Zawadi]], and says her landlord at [[ADDRESS:Flat B, 73 Mowbray Road]], [[POSTCODE:NN1 4ES]] keeps letting himself in at night. She's too scared to complain because of her visa. Is this us, housing or police?
Dad ([[NAME:Piotr Dąbrowski]]) is ringing from Poland on [[PHONE:+44 7700 900 826]] asking why [[NAME:Julka]] has been put in foster care. He's not named on the birth certificate. How much can I tell him?
[[NAME:Icilda Thorpe]] wants a child arrangements order for [[NAME:Kairo]] because his mum has gone back to Kingston and left him with her. Can we help with the court fee, or is that one for legal aid?
[[NAME:Lam Wing Sze]] (Year 10, arrived from Hong Kong on a BN(O) visa) has told the school counsellor she cuts herself because her parents say she's a disappointment. They run a takeaway and she works every evening. Early help or CAMHS?
[[NAME:Afsana Khatun]] at [[ADDRESS:Flat 29, Ashfield House, Ford Square]], [[POSTCODE:E1 2HS]] says her mother-in-law won't let her take the baby, [[NAME:Ayaat]], to the clinic. NHS number is [[NHS:auto]]. She can only talk when the family are at the mosque for Jummah.
We had a dad turn up drunk at pick-up today wanting to take his two girls. Mum wasn't answering. We kept them inside and he left. Do I need to do anything else tonight or is a log enough?
[[MENTION:<@U0S2TN9WQ4>]] the Teams link for [[NAME:Oakley]]'s RCPC is [[URL:https://teams.example.net/l/meetup/rcpc-oakley-wk49]] – can you forward it to the GP? Mum doesn't want Dad sent the link.
[[NAME:Jaheim Lindo]] (17) has been evicted from [[ADDRESS:Room 15, Harbour Lights Foyer, 60 Canute Road]], [[POSTCODE:SO14 3FJ]] for smoking weed and is sofa-surfing. His mum won't have him back. Homeless 16-17 assessment – us or housing first?
[[NAME:Leonor Fonseca]] from the Portuguese community association in Thetford has been told by a mum that her ex is taking [[NAME:Gonçalo]] to Madeira at Christmas and not bringing him back. There's no order. Is this a police matter yet?
The college bursary office want [[NAME:Ilir Gashi]]'s NI number before they'll pay his travel – it's [[NI:RW 46 03 95 A]]. He's a care leaver (DOB [[DATE:12-09-2007]]) and says he'd rather we sent it. Is encrypted email OK?
Can a childminder share a concern directly with the MASH or does it have to go through Ofsted first? She's worried about a dad who turns up smelling of alcohol.
The pastor's wife, [[NAME:Akua Boakye]], has been looking after [[NAME:Kwadwo]] since his mum went back to Kumasi in the summer. It's well over 28 days and nobody has told the council. Private fostering?
[[NAME:Nivetha Ganeshan]] (Year 8) told her teacher her dad slapped her for talking to a boy on the bus. He's well respected at the temple and Mum begged the school not to tell anyone, with Thai Pongal coming up. Do I still refer?
[[MENTION:@nadine.iro]] the foster carer's new email is [[EMAIL:hazelwood.fostering@example.com]] – can you send [[NAME:Wojtek]]'s review minutes there rather than the old one? The review was [[DATE:29/10/2025]].
PCSO says a group of lads are using the flat at [[ADDRESS:6 Curlew Court, Brackenhurst Estate]], [[POSTCODE:WF2 0LS]] – the tenant, [[NAME:Glenys Hebblethwaite]], has dementia – and a 12-year-old, [[NAME:Tayler]], is there most nights. Mum thinks he's at a mate's. Cuckooing and exploitation screening?
[[NAME:Sagal Dualeh]] rang from [[PHONE:029 2018 0587]] – she's at her sister's in Butetown because her husband locked her out, and the children are still in the house at [[ADDRESS:31 Clydach Street]], [[POSTCODE:CF11 6BL]]. Police or us first?
can someone check if [[NAME:raegan fairhurst]] is open to anyone? she's in year 7 and disclosed self harm today. mum is [[NAME:kerrie]] and her number is [[PHONE:07700900574]]. thanks
[[NAME:Shirin Jahangiri]] fled with [[NAME:Arman]] and is now at a refuge in Stoke. Her husband has applied for a child arrangements order and the court want her address. Do we give it to Cafcass or leave that to her solicitor?
The school nurse at [[SCHOOL:Whitecross Meadows Academy]] says [[NAME:Liberty Sowerby]] (Year 9, NHS [[NHS:auto-plain]]) is pregnant and the boyfriend is 22. She's asked the nurse not to tell anyone. Obviously we can't agree to that – who tells Mum?
[[NAME:Abdulkarim Nasher]] runs the corner shop and has rung from [[PHONE:0114 496 0513]] because a girl of about 10 comes in every night after 11 to buy food for her younger brothers. He knows her as [[NAME:Mylee]]. Do we need more than a first name to start?
Guidance teacher at [[SCHOOL:Calderbrae High School]] in Lanarkshire has phoned about [[NAME:Fergus Lindsay]], who's moving down to live with his mum in Kendal next week. He's on a CSO up there. What do we need from them before he arrives?
Anyone know a family with a new baby in the [[POSTCODE:WA5 1QX]] area? A neighbour has rung in anonymously saying the baby screams for hours and she's seen the mum's boyfriend shaking the pram.
Social worker [[NAME:Rufaro Chigumba]] is leaving – from Monday, please send anything for [[NAME:Eden Tomlinson]] to [[EMAIL:l.ollerenshaw@example.org]] or ring [[PHONE:0161 496 0591]].
Is it ever okay to take a photo of a child's bruise on my work phone? Our body map form feels useless for a bruise that's an unusual shape, but I'm worried about consent.
[[NAME:Grażyna Kubiak]] has been refused Universal Credit because DWP say her NI number ([[NI:ZL 09 37 54 C]]) belongs to someone else. She has three kids and nothing in the cupboards. Food bank and Section 17 today?
[[MENTION:<@U0T6BF3KR8>]] police have shared a Merlin for [[NAME:Skyla]] and [[NAME:Jaxx Dobbing]] – Mum's partner threw a plate at her on Bonfire Night at [[ADDRESS:27 Ormesby Bank]], [[POSTCODE:TS7 9EN]]. Third one this year. MARAC threshold?
The midwife says [[NAME:Florentina Lupu]] (Romanian, 19) is booked for an induction on [[DATE:2025-12-03]] and the baby's father is her "boss", who drives her to every appointment. She's not registered with a GP. Trafficking?
Anonymous call about [[ADDRESS:11 Heol y Nant, Gurnos Estate]], [[POSTCODE:CF47 9DR]]: two little ones out in the street in nappies at 10pm and Mam ([[NAME:Amber Beddoe]]) "off her face". Police or EDT?
Grandparents [[NAME:Andreas]] and [[NAME:Eleni Christodoulou]] have asked for contact with [[NAME:Stavros]] now that he's in care. Mum is against it. Can they come to the LAC review?
[[NAME:Pooja Chudasama]] (Year 6 at [[SCHOOL:Belgrave St Peter's CE Primary]]) says she has to sleep on the floor at her uncle's because cousins from India are staying for Navratri. Mum works nights at the warehouse. Overcrowding, or something more?
[[NAME:Meseret Alemu]] missed the housing appointment on [[DATE:November 18, 2025]] because she was at the hospital with [[NAME:Kidus]], and housing have closed her case. Her NI number is [[NI:HZ 71 84 20 B]] if they need it. Can we write to them?
Belfast social services rang from [[PHONE:028 9649 6571]] about [[NAME:Orlagh Devine]], who's moved to Liverpool with her baby, [[NAME:Tiernan]]. She was on the child protection register there because of her partner's drinking. He's followed her over. Who chairs the transfer-in?
Neighbour says there's a smell of cannabis through the letterbox at [[ADDRESS:Flat 87, Carrow Point, Wick Road]], [[POSTCODE:E9 5DW]] and a toddler crying for an hour. Housing officer [[NAME:Sunil Vaghela]] wants to know if he can share the tenancy details with us without consent.
[[NAME:Bodhi]] (Year 4) has been talking to a "friend" on a game server at [[URL:https://play.example.com/servers/blockworld-uk-7]] who asked him to turn his camera on in the bath. Mum ([[NAME:Steph Quayle]]) has screenshots. CEOP or police?
[[NAME:Berfin Aydın]] (Year 10) has not been seen since the half-term trip to Turkey. Her brother [[NAME:Welat]] says she's getting married, but school think she's only 15. Who contacts the FMU?
The GP practice have emailed from [[EMAIL:practice.safeguarding@example.net]] to say [[NAME:Tamzin Heap]] (NHS [[NHS:auto-dash]]) has been prescribed methadone again and is 30 weeks pregnant. Is there a pre-birth assessment already?
School report for [[NAME:Ronnie Higginbottom]], DOB [[DATE:07.02.2016]]: attendance 61%, always hungry, same uniform all week, head lice for months. Parents never come to parents' evening. Is that enough for a neglect referral, or do we do the toolkit first?
[[NAME:Mhairi Cowan]] and her two kids were put in [[ADDRESS:Room 7, Glenview Guest House, 18 Marine Esplanade]], [[POSTCODE:KY1 1RE]] by homelessness services in Fife, and her ex knows the owner. She's come to her cousin's in Carlisle instead. Can we help with temporary housing this side of the border?
[[MENTION:@yemi.cp]] is the core group for [[NAME:Tallulah]] and [[NAME:Jude Kavanagh]] still on for tomorrow? Dad's solicitor wants to join via [[URL:https://meet.example.com/cg/kavanagh-core-group]].
[[NAME:Rasa Jankauskienė]] has asked that nothing about [[NAME:Matas]] goes to the old address. She wants everything emailed to [[EMAIL:rasa.j1987@example.com]] instead. Can we do that if Dad also has PR?
Dundee social work have asked us to check on [[NAME:Cailean]] and [[NAME:Rhona Mackintosh]], who were at [[ADDRESS:2/R, 19 Dens Road]], [[POSTCODE:DD3 7HT]] until last month and are now thought to be in Blackpool with their mum. Have they registered with any school here?
[[NAME:Hussein Jaafar]] (Iraqi Kurd) has given the college a DOB of [[DATE:2009-03-15]] but his NI letter says [[DATE:2008-03-15]]. The NI number on the letter is [[NI:PM 28 46 19 D]]. Which date do we go with for his PEP?
CAMHS have rejected the referral for [[NAME:Aarohi Venkataraman]] (NHS [[NHS:auto]]) because she "doesn't meet threshold", but she told me yesterday she's planning to take an overdose at the weekend. What do I do tonight?
Mum's ex has written about the case on his blog at [[URL:www.example.org/blog/my-fight-for-my-son]] and named the social worker, [[NAME:Priyanka Doshi]]. She's really shaken. Who do we report it to?
[[MENTION:<@U0V3JC8PD1>]] please add [[DATE:9 January 2026]] to the diary – that's the final hearing for the [[NAME:Stringfellow]] children, and [[SCHOOL:Moorfield Brook Infant School]] need to send their statement beforehand.
[[NAME:Ishbel Carmichael]] from Edinburgh social work is on [[PHONE:0131 496 0728]] – she says [[NAME:Euan Baillie]] (13) has been reported missing from his foster placement up there and may be heading to his dad's in Middlesbrough. Can we alert Cleveland Police?
Staff at [[ADDRESS:Room 3, Marigold House, 2 Vicarage Road]], [[POSTCODE:WD18 0EH]] (the mother and baby hostel) have found [[NAME:Jaylah Grey]] asleep with baby [[NAME:Nova]] on the sofa after drinking again. It's the second time. Do we call an urgent strategy?
The MP's caseworker, [[NAME:Tejinder Kalsi]], has emailed from [[EMAIL:casework.office@example.org]] asking why [[NAME:Ekam]] was taken into police protection last night. Do we reply, and how much can we say?
Dad ([[NAME:Elgan Rowlands]]) at [[ADDRESS:Pen-y-Graig Farm, Heol Cwmgwili]], [[POSTCODE:SA14 6PR]] has stopped answering the phone since Mam died. [[NAME:Lleucu]] (8) and [[NAME:Deio]] (5) have been in school in the same clothes all week. His mobile is [[PHONE:07700 900 219]]. Early help or a welfare visit?
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
Families who have recently arrived in this country may not know that social workers are there to help as well as to protect. A first visit that explains the role in plain language, with an interpreter, can prevent months of fear and silence.
Care leavers often need help with the paperwork of adult life, such as tenancy agreements, bank accounts and benefit claims. Personal advisers should check that the young person understands each document before it is signed.
Diwali is a busy time for many Hindu, Sikh and Jain families, with visits to relatives and late nights. Teachers may notice tired pupils in the days that follow, and a friendly word with parents is usually all that is needed.
A baby who is not yet rolling over should not have bruises. Any bruise on a non-mobile infant needs to be discussed with the safeguarding lead and a paediatrician, however plausible the explanation sounds.
Schools in the Welsh valleys have seen more families using food banks since energy prices rose. Breakfast clubs can take the pressure off, and staff there are often the first to hear when a household is struggling.
When a young person says they do not want their parents told, the worker should explain honestly what can and cannot be kept private. Promising secrecy that cannot be kept damages trust far more than a difficult conversation at the start.
Ramadan can shift a household's routine so that children sleep later and eat at unusual hours. Staff should be curious and kind rather than suspicious, and should ask the family how the school can help during the month.
Young carers in rural Cumbria may have long journeys to school and few chances to meet others in the same position. A young carers' group that meets online can reduce isolation during the winter months.
Domestic abuse does not always involve physical violence. Controlling money, checking a partner's phone and cutting them off from friends are all forms of abuse that can harm the children who live with it.
Orthodox Jewish families in Gateshead and Salford have strong community organisations that offer practical help. Practitioners who take time to understand how those organisations work will find it easier to agree a safety plan.
A child who often arrives late and hungry may be looking after younger brothers and sisters in the morning. Before assuming neglect, find out who is at home, who is working and what the mornings actually look like.
Filipino nurses and care workers often send much of their income to relatives overseas. Financial pressure can be severe, and a referral for debt advice may do more for the children than a formal assessment.
Interpreters should be professionally trained and independent of the family. A relative or a family friend may change what is said, and a child should never be asked to interpret in a conversation about abuse.
Teenagers who are excluded from school spend more time unsupervised during the day, when exploitation is hardest to spot. The exploitation team should be told about every permanent exclusion so that risks can be assessed early.
Some Ghanaian and Nigerian families send children to live with relatives in this country for their education. These arrangements can be loving and stable, but they may also be private fostering and must be reported to the council.
Scottish and English child protection systems use different language, and a plan on one side of the border may not translate neatly to the other. Workers should speak directly rather than relying on a transferred file.
Hospital play specialists can help a frightened child explain what happened to them. Their observations should be recorded carefully and shared with the safeguarding team if anything the child says raises concern.
The summer holidays can be a lonely time for children who rely on school for meals and company. Holiday activity programmes offer food and friendship, and staff should know how to raise a safeguarding concern if they need to.
Parents who have themselves been in care may be wary of social workers from the moment they meet them. Acknowledging that history openly, and explaining what is different now, can help to build a working relationship.
Kurdish families who fled conflict may carry grief that is never spoken about at home. Children sometimes express it through anger at school, and a trauma-informed approach is more helpful than repeated sanctions.
Staff at leisure centres and swimming pools see children in settings where injuries may be visible. They should be trained to notice marks that do not fit an explanation and know who to call.
A parent with a severe mental illness can still be a loving and capable parent with the right support. The assessment should focus on the impact on the child, not on the diagnosis alone.
Girls who are sexually exploited are often described as making choices, as if they had agreed to their own abuse. Practitioners should challenge that language in meetings and in written records.
Polish parents may expect schools to be more formal than they are here and can feel shut out when information is shared by text or app. A face-to-face meeting early in the year can make a great difference.
Lone fathers are sometimes overlooked by services designed around mothers. Health visitors and family hubs should make sure their groups and leaflets welcome dads who are raising children on their own.
Christmas can increase pressure on families already struggling with debt, alcohol or strained relationships. Schools often see disclosures in the last week of term, and the duty team should plan for that rise.
Children in kinship care may feel torn between loyalty to their parents and gratitude to the relative who took them in. Life story work can help them make sense of what happened without having to choose sides.
Unaccompanied children who go missing within days of arriving are at high risk of being re-trafficked. Placement staff should know the signs and have a plan for the first nights before the child arrives.
Family group conferences let the wider family make a plan for a child, with professionals setting out what must be safe. Many families find this more respectful than decisions made for them in a meeting room.
Children who are deaf or have little speech may disclose abuse through drawings, behaviour or signs. Staff who know the child well should be involved in any conversation about what may have happened.
In Northern Ireland the trust, rather than the council, carries out child protection work. Practitioners in England who need to pass on a concern should find the right trust gateway team before they call.
Gambling and gaming debts are a growing worry for older teenagers. A young person who suddenly has money, or suddenly owes it, may be at risk of being pressured into crime.
Children whose parents are in the armed forces may move schools many times and live with long separations. Service pupil champions in schools can spot when a child is struggling during a parent's deployment.
Midwives are well placed to ask about domestic abuse because they see women on their own during pregnancy. The question should be asked routinely and the answer recorded in a part of the notes the partner cannot see.
A toddler who is not brought to health appointments is missing checks that might pick up delay or illness early. Repeated missed appointments should be looked at together rather than one at a time.
Eritrean and Ethiopian Orthodox Christians keep long fasts before Easter and Christmas. Children may eat very little meat or dairy during those weeks, and schools can offer suitable meals without fuss.
Practitioners should write chronologies in plain words that a parent could read and understand. Jargon, acronyms and unexplained labels make it harder for families to challenge mistakes.
Adolescents who go missing repeatedly are sometimes described as putting themselves at risk. The better question is who they are with, what they are getting from it and what is drawing them away from home.
Many Romanian families work long hours in agriculture, food processing and warehouses, often on shifting rotas. Youth clubs and school clubs can fill the gap after school and reduce time spent alone.
When a parent dies, the surviving parent may be too overwhelmed to notice a child's distress. Bereavement services and the school should keep in touch with each other for many months, not only in the first weeks.
Children who see their parents argue about money, housing or immigration status can carry that worry into the classroom. A trusted adult who listens without judgement can make school a place of relief.
Foster carers should be told everything relevant about a child's needs before the placement starts. Withholding information to secure a placement puts the child and the carers at risk.
Bangladeshi families in Tower Hamlets often live in overcrowded flats where children have no quiet place to study. Homework clubs and libraries give young people space as well as help.
Social workers should see children on their own, in a place where they feel able to talk. A visit where the child is only seen with a parent present is not enough to understand their experience.
Some African and Caribbean families prefer to speak to someone from their own church or community before talking to professionals. Working alongside trusted faith leaders can open doors that would otherwise stay closed.
Practitioners in coastal towns often see families who have moved from cities because housing is cheaper. Those families can lose their support networks overnight and may need help to find new ones.
Information sharing agreements are useful, but they are not a reason to delay when a child is at risk. The law allows practitioners to share what is necessary and proportionate to keep a child safe.
Children who are being bullied online may not tell adults because they fear their phone will be taken away. Reassure them that the aim is to stop the bullying, not to punish the child who speaks up.
Hogmanay and New Year celebrations can bring heavy drinking into homes with young children. Out-of-hours services in Scotland and the north of England plan for more calls over that period.
A good referral says what the worry is, what the child has said, what has already been tried and what the referrer hopes will happen next. Short, factual referrals are read faster and acted on sooner.
"""

SPEC = ct.holdout_spec(
    5, "v", "w", nhs_seed=20251104, known_parity=0, names=110, structured=110, per_structured=7, address=20
)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

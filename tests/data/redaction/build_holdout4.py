#!/usr/bin/env python3
"""Build the fourth, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout4.jsonl``      – 100 safeguarding messages (ids t001..t100)
  with gold identifier spans, every record ``"split": "holdout4"``.
* ``clean_prose_holdout4.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids u001..u050), every record ``"split": "holdout4"``.

Format and labelling conventions are exactly those of the earlier sets; the
marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title, no possessive "'s"/"’s", no
  relationship word ("Mum", "Nain", "Auntie", "taid"). Initials count as NAME.
* DATE covers the date only, not a "DOB"/"born"/"EDD" prefix or a weekday.
  Ages, weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/house/farm/pitch/mooring/
  hotel name); the town is not labelled; the postcode is its own POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.
* Towns, cities, regions, nationalities, languages, agencies, hospitals,
  weekdays, months, seasons and festivals are never labelled.

The parser, validators and freshness check live in ``corpus_tools.py``.
Everything here is new: the freshness check refuses any
NAME word, ADDRESS, street, SCHOOL, structured value or sentence already
present in ``corpus.jsonl``, ``corpus_holdout2.jsonl``,
``corpus_holdout3.jsonl`` or the three earlier clean prose files, and refuses
a person, street or school repeated across lines of this set.

Standard library only, deterministic, re-runnable:  python3 build_holdout4.py
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
Quick sense check please – [[NAME:Tobiah Greenhalgh]] (Year 5) came in this morning with a split lip and said his mum's new fella "didn't mean it". Do I phone home first or just refer?
[[NAME:Efua Quartey]] rang from [[PHONE:0121 496 0637]] – she's Ghanaian, eight months pregnant and sleeping on a friend's sofa in Handsworth with her toddler, [[NAME:Kojo]]. Housing say she's intentionally homeless. Can we do a Section 17 assessment?
[[NAME:Gwenllian Parry]]'s nain has been looking after her since her mam went into rehab in Rhyl. Nain is 79 and has just had a fall. Is this private fostering or kinship care, and who pays?
Strategy discussion for [[NAME:Brogan Hurst]] is booked for [[DATE:22/09/2025]] at 10. He's at [[SCHOOL:Ysgol Gymraeg Cwm Derwen]] and the DSL, [[NAME:Meinir Bowen]], will join from Pontypridd.
Mum's partner ([[NAME:Craig Lomax]]) has a conviction for assaulting a previous girlfriend. Probation say he's living at [[ADDRESS:23 Fountains Walk]], [[POSTCODE:WN5 9DQ]] with Mum and the twins. Is this a DVDS disclosure, and who makes it?
[[MENTION:<@U0K2WD7PX4>]] can you cover the home visit to [[NAME:Agata Wróbel]] this afternoon? Her number is [[PHONE:07700 900 386]] and she'll need a Polish interpreter – her son [[NAME:Szymon]] will offer to translate but please don't let him.
We've got a Year 10 girl who keeps asking to leave lessons to "see her boyfriend" at the gate. He's in a white car and looks early twenties. Nobody knows his name. Is this a police call now or a conversation with Mum first?
Nan ([[NAME:Hyacinth Gordon]]) has had [[NAME:Deontae]] and [[NAME:Shanté]] since Easter because Mum is in hospital in Lewisham. She's 72 and says she can't manage much longer. Kinship assessment, or a family network meeting first?
Baby [[NAME:Ilyas Mahmood]], NHS [[NHS:auto]], was brought into A&E at Royal Stoke with a spiral fracture of the femur. He's 9 weeks. Parents say he got his leg caught in the cot bars. Who's calling the strategy?
The DSL at [[SCHOOL:St Winefride's Catholic Primary School]] has emailed from [[EMAIL:safeguarding.stw@example.org]] asking whether she can share the CIN plan for [[NAME:Ronan]] and [[NAME:Éabha Kilbride]] with the breakfast club provider.
[[NAME:Memory Chiweshe]] (Zimbabwean, care worker on a sponsored visa) says her employer has threatened to report her if she leaves. Her daughter [[NAME:Tadiwa]] is in Year 3. Can we help without putting the visa at risk?
The Home Office has [[NAME:Samir Haidari]]'s DOB as [[DATE:01/01/2009]], but he says he was born in the winter of the big floods, which would make him 15. Do we need a fresh age assessment?
[[NAME:Nikki Ashurst]] from the Family Hub wants to know if she can give [[NAME:Jolene]]'s new address – [[ADDRESS:Flat 6, Ingram House, Cobden Street]], [[POSTCODE:BB1 7LA]] – to the nursery. Dad has a non-mol and Mum is adamant he mustn't find out.
[[NAME:Oisín]]’s dad says he'll keep him off until after St Patrick's Day because the family are going to see relatives in Mayo. [[NAME:Oisín]] is only in Reception – do we authorise it?
[[MENTION:@tasha.cin]] – the police log for [[ADDRESS:4 Kittiwake Close]], [[POSTCODE:NE29 8RW]] shows three call-outs since the clocks went back. [[NAME:Stevie Burdon]] keeps withdrawing her statements. Can we add this to the MARAC referral?
[[NAME:Zehra Korkmaz]] (Turkish, Year 11) says her parents have taken her passport and she's going to Kayseri "for a wedding" in the summer. She doesn't know whose. Forced Marriage Unit today?
[[NAME:Abel Tesfamariam]] is starting an apprenticeship and payroll have asked for his NI number – it's [[NI:SH 38 61 47 A]]. OK to pass it on from the pathway plan, or should he give it himself?
Spoke to [[NAME:Delyth Prosser]] (HV) this morning – baby [[NAME:Eira]] is losing weight and Mum keeps cancelling. Mum's mobile is [[PHONE:029 2018 0352]]. Dad works away on the rigs. WNB or referral?
The solicitor for Mum ([[NAME:Charmaine Ellery]]) has asked for the core group minutes at [[EMAIL:family.team@harkerlaw.example.com]]. Do we send everything or redact the school's section first?
[[NAME:Bhavna Thakrar]]'s husband won't let her take [[NAME:Rishi]] to speech therapy because "nothing is wrong with my son". [[NAME:Rishi]] is 4 and has about ten words. His NHS number is [[NHS:auto]] if the SALT service need it. Is this neglect of a health need?
[[NAME:Mirela]], [[NAME:Denisa]] and [[NAME:Cosmin Stoica]] haven't been seen since the family were evicted from [[ADDRESS:112 Albion Terrace]], [[POSTCODE:PE1 2TZ]] in the autumn. School think they went back to Constanța. CME, or has anyone got a trace?
The school nurse at [[SCHOOL:Bishop Harding CofE High School]] says [[NAME:Thandiwe Dube]] (Year 8) has lost a lot of weight and is hiding food. NHS [[NHS:auto-plain]] if the GP needs it. Mum thinks it's just a phase – eating disorder pathway or safeguarding?
Is it okay to give a family a lift to the food bank in my own car? The mum has three under-fives and no buggy, and it's pouring down. Our lone working policy doesn't say either way.
Dad ([[NAME:Kourosh Moradi]]) has emailed from [[EMAIL:k.moradi1979@example.net]] asking for a copy of everything we hold on [[NAME:Darya]]. Mum says he's in Tehran and has no PR. Do we treat it as a SAR?
A referral has come in from Fife about [[NAME:Kirsteen Lumsden]] (DOB [[DATE:8 March 2013]]), who has moved down to live with her dad at [[ADDRESS:Flat 3, Seaview Mansions, Marine Parade]], [[POSTCODE:FY4 1BD]]. She's been on the Child Protection Register up there for a year.
The GP surgery says [[NAME:Maryam Jilani]], NHS [[NHS:auto-dash]], has missed her last three asthma reviews and her inhaler hasn't been collected since the spring. She's 7. Mum is Pakistani and looks after her own mother as well. Neglect, or a carer under strain?
[[MENTION:@owain.sw]] have you got a Welsh speaker free on Thursday? [[NAME:Gruffudd]] and [[NAME:Elan Meredith]] are being assessed and their mam, [[NAME:Llinos]], only wants to do it in Welsh.
The link for tomorrow's ICPC is [[URL:https://meet.example.org/j/icpc-ashfield-0925]]. Mum ([[NAME:Toni Sefton]]) wants her advocate from the Women's Centre to join – is that allowed?
[[NAME:Wahid Noori]] (16, Afghan) told his PA that the men he worked for in Calais have found him on WhatsApp and want him to pay back his crossing. His phone is [[PHONE:07700 900 247]]. NRM and police?
The head of [[SCHOOL:Bnos Yisroel Girls' School]] says Mrs [[NAME:Gitty Rosenthal]] wants the school, not social care, to talk to her husband about the shouting. Eleven children in a three-bed house in Stamford Hill, and it's got worse since Hanukkah. Where do we start?
[[NAME:Mackenzie Dowd]] (14) was found in a trap house in Grimsby by Humberside Police on [[DATE:2025-08-30]] with £600 and two phones. He's from Hull. Who holds the NRM – us or North East Lincs?
Mrs [[NAME:Tsang]] says her son [[NAME:Chun Kit]] has stopped eating since he was moved into the top set, and he hits himself when he gets a question wrong. He's in Year 7 at [[SCHOOL:Greyfriars Grammar School]]. CAMHS or safeguarding?
Does the new threshold document still say a second unexplained bruise on a non-mobile baby is an automatic strategy? Mine's the old version from before the restructure and I can't find it on the intranet.
The HV has asked me to forward [[NAME:Shapla Akter]]'s maternity notes to [[EMAIL:midwifery.safeguarding@example.net]]. NHS [[NHS:auto]]. Her husband has taken her phone and she's not allowed out alone. Is consent needed given the DA risk?
[[NAME:Damilare Ajayi]] (Year 9) says the pastor at his church, [[NAME:Emmanuel Adeyinka]], told him his asthma is a curse and made him stop using his inhaler during a vigil. The church streams its vigils at [[URL:http://www.example.com/deliverance-fire-ministries]]. Mum goes to the same church. Who leads?
[[MENTION:<@U0L6MZ3QA8>]] can you update the system? [[NAME:Tanisha Marsden]] has moved to [[ADDRESS:Flat 14, Sandringham Court, Beverley Road]], [[POSTCODE:HU51NJ]] and her new number is [[PHONE:01632 960 518]].
The Brazilian mum we saw last week, [[NAME:Luana Rocha]], has asked whether she can have the early help plan in Portuguese. Her son [[NAME:Davi]] starts at [[SCHOOL:Saxon Mead Infant School]] in September.
Someone has set up a page at [[URL:https://vids.example.com/@year9exposed]] posting photos of girls from [[SCHOOL:Castlemere Academy]] with ratings. Two of them are [[NAME:Aleena]] and [[NAME:Macey Rourke]]. Mum says police told her to report it to the app herself.
[[NAME:Radosław Kaczmarek]] has given housing an NI number of [[NI:sj604813b]] but the DWP say it isn't his. He's got his three kids with him in a van in a car park in Spalding. Housing, or us first?
Is [[URL:www.example.net/familyhub/triple-p-autumn]] the right link for the parenting course? [[NAME:Rochelle Ingham]] wants to book on before half term.
Dad ([[NAME:Lamin Jallow]]) says [[NAME:Isatou]] and [[NAME:Fatoumata]] are going to The Gambia over the summer to visit their grandmother. School are worried about FGM because Mum is from a practising community. What do we do before they fly?
[[NAME:Sinéad Garvey]] rang from [[PHONE:028 9649 6283]] – she's left Newry with the kids and is staying with her sister in Warrington. Her ex, [[NAME:Padraig Tully]], has found her on Facebook. She needs her NI number for the refuge form – it's [[NI:ZE 08 63 41 A]] – can we fill it in for her?
[[NAME:Tharshika Balachandran]] (Year 13) turns 18 on [[DATE:4 November 2025]] and her parents have booked flights to Jaffna for the week after. She's told her tutor she doesn't want to go. Is she still ours after her birthday?
[[MENTION:@deb.lado]] a parent has posted on a local Facebook group ([[URL:https://groups.example.com/p/t42kk9]]) that Mr [[NAME:Pemberton]], a TA at [[SCHOOL:Fairholme Junior School]], "put his hands on" her son. No complaint has come to school. Do I refer?
[[NAME:Agnes Nakato]] (Ugandan, asylum seeker) is in a hotel in Wakefield with her 3-month-old, [[NAME:Praise]]. The room has no cot and they share a single bed. Her NHS number is [[NHS:auto-plain]]. Can the HV get her a cot through Section 17?
We've got a Year 2 boy from a Traveller family who says he's going "on the road" for the summer and won't be back till October. Do we keep him on roll, and how do we pass on the safeguarding file if we don't know where they'll be?
Grandad ([[NAME:Arthur Pennock]]) has been arrested for possession of indecent images. He's done the school run for [[NAME:Evan]] and [[NAME:Isobel Pennock]] three days a week since Christmas. Mum wants to know if he can still do Fridays if she's in the car.
[[NAME:Fartun Ismail]] rang the front door from [[PHONE:0116 496 0728]] – her son [[NAME:Abdiwali]] (15) hasn't been home for three nights and she thinks he's in Birmingham. She's Somali and doesn't drive. Missing report first?
[[NAME:Beata Król]] has asked that all letters about [[NAME:Nikola]] go to her email, [[EMAIL:beata.krol85@example.com]], not the house, because her partner opens the post.
[[NAME:Paige Foulkes]] and baby [[NAME:Rylan]] have moved to [[ADDRESS:Pitch 11, Hollowbrook Caravan Park]], [[POSTCODE:LL18 5UP]] from Stockport. Stockport had a CP plan for neglect. Transfer-in conference, and which Welsh team?
The mother and baby placement for [[NAME:Chantal Mbuyi]] ends on [[DATE:31st October 2025]]. She's Congolese, 17, and the parenting assessment still isn't finished. Do we extend or go back to court?
[[MENTION:<@U0M1RB9TK5>]] do you know the family at [[ADDRESS:Tŷ Isaf Farm, Heol Las]], [[POSTCODE:SA19 6TH]]? An anonymous caller says the children are helping with the sheep dipping instead of going to school. Locals call the dad [[NAME:Gwynfor]].
[[NAME:Valentina Restrepo]] (Colombian, Year 12) says her cousin's boyfriend pays for her phone and her nails. She's 16 and stays at his flat most weekends while Mum works nights at Heathrow. Her number is [[PHONE:07700900508]]. CSE screening?
Finance need [[NAME:Carys Mostyn]]'s NI number for the SGO allowance – [[NI:JW 48 20 91 C]]. She's caring for her grandson [[NAME:Ianto]] full time. Is it okay to email it to them?
Police Scotland have shared a concern about [[NAME:Finlay Gillespie]] (15), who's been staying with his gran at [[ADDRESS:Flat 1/2, 48 Westmoreland Street]], [[POSTCODE:G42 8LS]] and is moving to his dad in Carlisle next week. Do we wait until he arrives?
[[NAME:Navdeep Sohal]] (DSL at [[SCHOOL:Guru Arjan Dev Khalsa Primary]]) wants advice: a Year 4 boy, [[NAME:Harkirat]], says his chacha hits him with a belt when he gets his sums wrong. The family are very involved at the gurdwara and Vaisakhi is next week.
[[NAME:KW]] (17) has been on a tag since [[DATE:12.08.2025]] and his mum says he's breaking curfew by going out the back. YOS want to know if we've got anything new before they breach him.
Is there any guidance on children being used as interpreters at GP appointments? A practice nurse told me a 9-year-old translated her mum's smear test results last week and was really upset afterwards.
[[NAME:Vira Bondarenko]] and her son [[NAME:Taras]] have had to leave their Homes for Ukraine hosts at [[ADDRESS:Glebe Cottage, Bell Lane]] because the host's husband got "too friendly". Council housing say there's a six-week wait. What can we do tonight?
[[NAME:Kwesi Appiah]] wants contact with [[NAME:Adwoa]] moved to Saturdays because he's working shifts at the warehouse. His number is [[PHONE:+44 7700 900615]]. Mum's fine with it but the CIN plan says Sundays. Who can agree the change?
[[MENTION:@marcus.edt]] – overnight, police attended [[ADDRESS:32 Cromwell Crescent]], [[POSTCODE:s63 7jb]] after neighbours heard screaming. [[NAME:Danielle Barraclough]] has a black eye but won't make a statement. The kids were asleep upstairs.
[[NAME:Anum Rafiq]] (Year 10) told her friend she's being taken to Mirpur at Eid to meet "the family she's marrying into". Her brother [[NAME:Usman]] drops her off and picks her up every day. How do we talk to her without him knowing?
Trading standards found a girl who says she's 17, [[NAME:Phan Thi Hoa]], working in a nail bar in Hartlepool and sleeping in the back room. The owner gave an NI number for her, [[NI:CP 74 20 35 B]], that she's never heard of. Police want us at the interview in an hour.
The [[NAME:Kirilov]] family – [[NAME:Asen]], [[NAME:Vesela]] and the baby – are living in a garage at the back of [[ADDRESS:71 Bexley Mount]], [[POSTCODE:LS8 5HT]]. The landlord charges them £400 a month. Bulgarian interpreter please – is this one for us or housing enforcement?
Dr [[NAME:Meenakshi Rajan]] at the surgery has emailed from [[EMAIL:m.rajan@stowbridge-surgery.example.org]] about [[NAME:Brayden Hamer]] (3): repeat attendances for swallowed objects, the latest a button battery. Mum says he's "into everything". Neglect?
Child death notification: baby [[NAME:Nahla Karimi]], born [[DATE:19/07/2025]], NHS [[NHS:auto]], died at home on Sunday. Co-sleeping is suspected. Are there older siblings known to us?
Auntie [[NAME:Bukola]] has turned up at school saying she's taking [[NAME:Tolu]] and [[NAME:Seyi]] to live with her in Croydon because Mum "can't cope". There's no paperwork. Do we let them go?
Our after-school club is run by an outside company. If one of their staff has a concern, do they tell our DSL, their own safeguarding lead, or both? Nobody seems sure.
[[NAME:Sioned Jenkins]], DSL at [[SCHOOL:Ysgol Gynradd Llwyn Onn]], says [[NAME:Efa]] in Blwyddyn 2 told her teacher that her taid "put his hand in her pants". Taid lives with them. Police first?
[[NAME:Ion Ceban]] has given the hotel an NI number, [[NI:PX 17 52 86 B]], and a DOB of [[DATE:14-02-2008]]. Staff say he looks about 14 and cries at night. He's Moldovan and speaks Romanian and Russian. Age dispute?
[[NAME:Tremaine Allen]] (Year 10) was stabbed outside the chicken shop on Friday. He's told police nothing, and Mum ([[NAME:Marcia]]) wants him out of London. She's on [[PHONE:(020) 7946 0271]]. Managed move, or relocation through the exploitation team?
[[MENTION:<@U0N8VH4CJ2>]] could you add the ICPC date for the [[NAME:Holroyd]] children – [[DATE:6 October 2025]] at 1:30 – and send the invite to [[EMAIL:cpconf.admin@example.org]]?
[[NAME:Jericho]] (Year 6) says his mum's employer makes her sleep in the kitchen and she cries every night. Mum ([[NAME:Rowena Manalo]]) is a live-in nanny in Kensington and he stays with her at weekends. Her payslips show NI [[NI:KA 36 58 12 D]] but she's paid in cash. Modern slavery?
[[NAME:Jasper Whitcombe]] (Year 11, boarder at [[SCHOOL:Wrenfield House School]]) says his parents in Dubai haven't replied to messages for six weeks and the fees are unpaid. He's got nowhere to go at half term. Who's responsible?
Mum sent me the link to her ex's page – [[URL:https://social.example.net/u/big.d.wilko]] – where he's posted [[NAME:Marnie]]'s school photo and the name of her school. Can we ask the platform to take it down?
[[NAME:Rojin Bakir]] came into the children's centre with bruises on her wrists and said her mother-in-law locks her in with the baby. Her mobile is [[PHONE:0161 496 0827]] but the family check it. MARAC, or IDVA first?
DC [[NAME:Ramsbottom]] from the CAIT wants the school's chronology for [[NAME:Eloise Varley]] by Friday [[DATE:26th September 2025]]. Can I send it to [[EMAIL:cait.bury@police.example.org]]?
Mum's sister, [[NAME:Shereen Qadir]], has been caring for [[NAME:Ilham]] and [[NAME:Rayan]] since Mum went back to Iraq in the spring. It's been more than 28 days. Is this private fostering, or is an aunt close enough not to count?
Adoptive mum [[NAME:Fran Cullimore]] says [[NAME:Kaylan]]'s birth dad has found him on Snapchat and has been messaging him from [[URL:https://snap.example.net/add/dj_robbo85]]. Post-adoption support, or police?
School counsellor [[NAME:Parveen Hanif]] leaves on Friday – from Monday, referrals go to [[EMAIL:wellbeing.hub@example.net]] or [[PHONE:0113 496 0694]]. Can you update the directory?
Please check [[NAME:Yahya Bukhari]]'s immunisations – NHS [[NHS:auto-plain]], DOB [[DATE:2019-11-23]]. He's just arrived from Karachi and Mum thinks he's had nothing since he was a baby.
[[NAME:Winnie Connors]] says the council have served notice on the trailers at [[ADDRESS:Plot 9, Meadowgate Transit Site]] and her boys, [[NAME:Johnjo]] and [[NAME:Francie]], will lose their school places again. Can anyone speak to the council before the eviction?
[[NAME:Amna Elsheikh]] is a Sudanese mum at [[ADDRESS:Room 12, Kingsgate Hotel, 140 Western Road]], [[POSTCODE:BN1 2LB]]. She has three children and one of them, [[NAME:Hiba]], has epilepsy and has run out of medication. Who's the hotel's safeguarding contact?
[[NAME:Darnell McIntosh]] (18) left care last month and has already been sanctioned by the Jobcentre. The letter quotes his NI number as [[NI:tw 27 40 83 a]]. Can his PA help with the appeal?
[[MENTION:@neelam.fh]] is there space on the Freedom Programme? [[NAME:Shona Drabble]] is ready to start now she's moved out, but the booking page at [[URL:https://example.org/da-support/freedom-programme]] says it's full until the new year.
[[NAME:Marcel Gábor]] (Year 8) has been excluded twice this term. His mum, [[NAME:Silvia]], says he's being called names by other boys because he's Roma and the school won't listen. She's asked for the complaint to go to [[EMAIL:s.gaborova@example.com]].
[[NAME:Sitiveni Naivalu]] is a Fijian soldier at Catterick and his wife, [[NAME:Litia]], has told the unit welfare officer he hits the children with a belt when he's been drinking. The children are at [[SCHOOL:Colburn Lines Primary]]. Who do we tell at the garrison?
[[NAME:Jago Treloar]] (Year 4) lives with his dad on a boat at [[ADDRESS:Mooring 6, Exchequer Quay]], Penryn, [[POSTCODE:TR10 8AZ]] and keeps falling asleep in class. Dad ([[NAME:Lowen Treloar]]) fishes at night and says the boy is fine on his own. Is this neglect?
[[NAME:Dhruv]] in Year 1 told his teacher that his daddy "pushed Mummy down the stairs" at Diwali. Mum ([[NAME:Komal Sheth]]) says he's making it up. Encompass hasn't sent anything. What next?
Can a 16-year-old refuse to let us share information with her mum even when we're worried about self-harm? She's Gillick competent and very clear, but Mum keeps ringing the college asking what's going on.
Neighbour rang from [[PHONE:0191 498 0364]] about the flat above hers, [[ADDRESS:Flat 2, 19 Ravensworth Terrace]], [[POSTCODE:NE8 4HA]]. She says the toddler's been crying for hours and there's been no adult in or out since yesterday. Police welfare check?
The Indian family who moved onto the new estate – [[NAME:Venkatesh]] and [[NAME:Divya Subramanian]] – say their daughter [[NAME:Ananya]] (Year 3) can't go out to play because she has to study for four hours every night. Is that a safeguarding concern or just a strict family?
[[NAME:Hamid Rezaei]] asked me to check [[URL:www.example.com/asylum-support/section-95]] – he's been told his family's support will stop when his claim is decided. Three kids under eight. Do we step in with Section 17?
[[MENTION:<@U0P3XK6LW7>]] pre-birth for [[NAME:Brooke Tatlock]] – NHS [[NHS:auto-dash]], EDD [[DATE:18/12/2025]]. Her first two were removed in 2022 and 2023. Has legal planning been booked?
[[NAME:Malachi Nembhard]] (Year 7) has told his mentor at [[SCHOOL:St Bartholomew's CE Academy]] that his older cousin keeps asking him to hold "a package" after school. Mum ([[NAME:Yvonne]]) is a nurse on nights. Exploitation team or police?
[[MENTION:@rory.yjs]] can u ring [[NAME:cormac hanlon]]'s dad on [[PHONE:0151 496 0413]]? he says [[NAME:cormac]]'s been offered work "on the boats" in Birkenhead by a man he met at the gym. hes 15
[[NAME:Peyton Ridings]]'s CP plan was due for review on [[DATE:2 Oct 2025]] but the conference was cancelled because no chair was available. Mum says that means the plan has ended. Has it?
We have a new family who arrived from Eritrea via Libya and Italy. The eldest boy won't sleep indoors and keeps a bag packed by the door. School want to know whether this is a safeguarding issue or something else.
Police have asked for a welfare visit to [[ADDRESS:Basement Flat, 32 Clarendon Square]], [[POSTCODE:CV32 5QT]], where [[NAME:Kelechi Nwankwo]] lives with her two boys. Her ex, [[NAME:Obinna]], has been released from prison and was seen on the street last night.
[[NAME:Martha Gwilym]] (DSL) here – [[NAME:Alys]] and [[NAME:Tomos]] turned up today without coats or lunch and said Dad has "gone to Bangor" for a few days. They're 9 and 11. Do I ring the police or the out-of-hours team?
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
Autumn half term is a common time for families to travel abroad for weddings and funerals. If a pupil does not return on the expected date, the school should try every known contact before treating the absence as unexplained.
Many Nepali families in Aldershot have close links with the Gurkha regiments. Veterans' welfare services can be a trusted route into early help, especially where older relatives are caring for grandchildren.
Practitioners in the Scottish Borders sometimes work with families who cross into Northumberland for school or health care. Agree early which authority leads, and make sure both sets of records show the same plan.
Pupils who are fasting may feel faint in PE lessons on hot days. Teachers should offer a quieter alternative and let the family know, rather than treating tiredness as a sign of neglect.
Bonfire Night brings a spike in burns and eye injuries among teenagers. Youth workers in Salford and Oldham will be out on the estates that evening and will pass any worries about exploitation to the duty team.
Children who arrive from Sudan may have been separated from their parents at border crossings. Tracing services run by the Red Cross can help, and the social worker should ask the child's permission before sharing details.
When a parent has a learning disability, written plans should use short sentences, pictures and clear timescales. An advocate can help the parent take part in meetings and understand what is being asked of them.
Teenagers who are involved in county lines often travel by train rather than by car. British Transport Police can share information about stops and searches, and the exploitation team should ask for it routinely.
The Chinese community centre in Liverpool offers Mandarin and Cantonese support for parents. Staff there have completed safeguarding training and can help families understand what a child protection conference is for.
Christmas markets and late-night shopping events draw large numbers of young people into city centres. Street pastors and youth workers can spot children who seem lost, drunk or in the company of much older adults.
A child who is home educated is not automatically at risk. The local authority should still make contact, offer advice, and follow the usual safeguarding route if there are signs that the child is not being seen by anyone.
Families from Eritrea often belong to Orthodox churches that hold long services at weekends and during fasting seasons. Priests and deacons can be helpful partners when explaining safeguarding expectations to new arrivals.
Young people leaving custody need somewhere safe to live on the day of release. The youth justice worker should start planning the move with housing and Children's Services well before that day arrives.
The Welsh language standards mean councils in Ceredigion must offer services in Welsh from the very first phone call. A child should never have to switch to English in order to talk about abuse.
Girls from Roma communities in Sheffield sometimes leave school early to look after younger siblings. Schools that build relationships with mothers through coffee mornings often see better attendance and more trust.
Health visitors should ask about smoking, alcohol and sleeping arrangements at every new birth visit. A baby sleeping on a sofa, or in an adult bed with a parent who has been drinking, is at serious risk.
The Jewish festival of Sukkot falls in the autumn, and some families will keep children at home for several days. The school can agree these dates with parents in advance so that the absence does not trigger unnecessary concern.
Gypsy and Traveller families may be wary of professionals after years of evictions and discrimination. A familiar worker from the Traveller Education Service can make an introduction that a stranger could not.
Kinship carers are often grandparents who took on the children in a crisis. They may need money, training and short breaks, and they should be told clearly what support they are entitled to.
When a child goes missing from a residential special school, the placing authority and the host authority both need to know. A return conversation should take place within a few days, with someone the child trusts.
Refugee families from Syria who were resettled under the government scheme may still be living with trauma. Sudden loud noises, such as fireworks at New Year, can cause distress that staff might mistake for poor behaviour.
Online gaming platforms are increasingly used by adults to make contact with boys. Parents may not realise that voice chat and private messages can carry on long after the game itself has been switched off.
The school nurse can see pupils in confidence about sexual health, contraception and relationships. She will still share information with the safeguarding lead if a young person is at risk of significant harm.
Migrant workers on seasonal farm contracts in Herefordshire sometimes bring their children with them for the summer. Schools and health services should be ready to offer short-term places and basic health checks.
The Caribbean community in Handsworth has a long history of mistrust of police and social services. Partnership work with churches and community elders can help families feel heard rather than judged.
A child's behaviour may change suddenly after a parent is sent to prison. The school should be told sensitively, and a charity that supports prisoners' families can help with visits and with explaining what has happened.
Staff should avoid asking leading questions when a child starts to disclose. Let the child use their own words, write down exactly what was said, and pass it to the safeguarding lead on the same day.
Lent is a time of fasting for many Catholic and Orthodox families, and some children may give up treats or particular foods. This is a personal choice and not a safeguarding concern unless the child appears unwell.
Children living in temporary accommodation often move between several hotels and hostels in a single year. Each move can mean a new school, a new GP and lost records, so housing officers should share every change promptly.
The Polish Saturday school in Slough has asked for safeguarding training for its volunteer teachers. Supplementary schools are covered by the same expectations as any other setting that works with children.
Practitioners in Northern Ireland follow regional child protection procedures that differ in places from those in England. When a family moves across the Irish Sea, a phone call between social workers is worth more than a long email.
Teenagers in care are entitled to an independent visitor and an advocate. Many do not know this, so social workers should explain it clearly and remind them at every review.
Neglect often develops slowly and can be missed when a family has a new worker every few months. A chronology and a consistent lead professional are among the best protections against drift.
Some Pentecostal churches hold all-night prayer meetings, and children may attend with their parents. Tiredness at school the next day should be discussed with the family rather than assumed to be neglect.
Raksha Bandhan is celebrated by brothers and sisters in many Hindu and Sikh families. It can be a painful day for children in care who are separated from siblings, and carers should help them mark it if they wish.
Young people aged sixteen and seventeen who present as homeless must be assessed by Children's Services, not only by housing. They should be told about their right to become looked after and what that would mean for them.
The Deaf community has its own culture and networks, and a Deaf parent may prefer a Deaf advocate. Practitioners should check communication needs before the first visit, not on the doorstep.
Parents who work nights in care homes and warehouses may sleep during the day when professionals want to visit. Offer early evening appointments and avoid recording missed visits as a lack of engagement.
Hot summers bring more drownings in rivers, quarries and reservoirs. Schools in the Peak District and the Lake District remind pupils of the dangers before the holidays, and youth workers visit the known swimming spots.
An unborn baby can be made subject to a Child Protection Plan before birth. The plan should say clearly what will happen at the hospital, who may visit, and who must be told when labour starts.
Zimbabwean and Malawian care workers who came on sponsored visas may fear losing their jobs if they report problems. Advice from a union or a migrant support charity can help them understand their rights.
Boarding schools must have a safeguarding lead who can be reached in the evenings and at weekends. Pupils whose parents live overseas need a trusted adult in this country and a guardian the school can contact quickly.
The Vietnamese new year festival brings families together in late winter, and some restaurants close for several days. Youth workers in Birmingham have found it a good time to offer drop-in sessions to young people who usually work evenings.
Children who care for a parent with a mental illness may be reluctant to speak up in case the family is split up. Reassure them that the aim is to support the whole family and not to take anyone away.
Private fostering can include a child from overseas who lives with a host family while attending a language school. Language schools in Brighton and Bournemouth should tell the council about any stay that lasts longer than the legal limit.
Social media challenges that encourage dangerous stunts spread quickly among younger pupils. Schools should warn parents calmly and avoid naming the challenge in a way that sends more children looking for it.
The Somali community in Cardiff has a strong network of mothers' groups. Health visitors who attend those groups regularly are often the first to hear about worries such as domestic abuse or isolation.
Youth clubs in rural Lincolnshire may be the only place some teenagers can meet outside school. When a club closes, the exploitation team should think about where those young people will go instead.
Practitioners should be careful when a parent says a child's injury happened at nursery or school. Always check with the setting before accepting the explanation, and record who you spoke to and what they said.
Easter egg hunts and spring fairs bring many volunteers into schools. Volunteers who are never left alone with children do not always need a barred list check, but the school should keep a record of who helped.
"""

SPEC = ct.holdout_spec(4, "t", "u", nhs_seed=20250916, known_parity=0, names=110, structured=100)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

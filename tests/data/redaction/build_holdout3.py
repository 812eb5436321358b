#!/usr/bin/env python3
"""Build the third, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout3.jsonl``      – 100 safeguarding messages (ids r001..r100)
  with gold identifier spans, every record ``"split": "holdout3"``.
* ``clean_prose_holdout3.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids s001..s050), every record ``"split": "holdout3"``.

Format and labelling conventions are exactly those of the earlier sets; the
marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title, no possessive "'s", no
  relationship word ("Mum", "mam", "Grandad"). Initials count as NAME.
* DATE covers the date only, not a "DOB"/"born" prefix or a weekday. Ages,
  weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/house/farm/pitch/estate
  name); the town is not labelled; the postcode is its own POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.
* Towns, cities, regions, nationalities, languages, agencies, weekdays,
  months and festivals are never labelled.

The parser, validators and freshness check live in ``corpus_tools.py``.
Everything here is new: the freshness check refuses any NAME word,
ADDRESS, SCHOOL, structured value or sentence already present in
``corpus.jsonl``, ``corpus_holdout2.jsonl``, ``clean_prose.jsonl`` or
``clean_prose_holdout2.jsonl`` (when those files are present).

Standard library only, deterministic, re-runnable:  python3 build_holdout3.py
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
Morning all – [[NAME:Kehinde Adeleke]] (Year 8) told her form tutor that a cousin visiting from Lagos "keeps coming into her room at night". Mum mostly speaks Yoruba. Do I ring home or go straight to the MASH?
The family have pulled onto [[ADDRESS:Plot 3, Long Acre Travellers' Site]] outside Newark. [[NAME:Bridie Maughan]] says [[NAME:Michael Joe]] and [[NAME:Philomena]] haven't been in school since they left Doncaster in the spring. Traveller Education Service or CME?
[[NAME:Tendai Moyo]] rang from [[PHONE:0121 496 0573]] very frightened – she's Zimbabwean and her partner has told her she'll be deported if she calls the police. There are two children under five. Can someone from the DA service call her back today?
Dr [[NAME:Oyelaran]] at the hospital in Truro says baby [[NAME:Jenson Platt]], NHS [[NHS:auto]], has a bleed in one eye and two small bruises on his shin. He's 11 weeks old and the parents have no previous involvement. Straight to strategy?
[[MENTION:<@U0D3KQ8ZP1>]] can you pick up the missing episode for [[NAME:Ubah Nur]]? She was last seen on [[DATE:16/05/2025]] near Luton bus station with two older girls nobody recognised.
We have a Year 4 boy who arrived from Hong Kong in January and is being kept home on Wednesdays to help in the family's takeaway. Parents say it's only until they find staff. Is this a CME issue, a child employment issue or both?
The DSL at [[SCHOOL:Penhallow Community Primary School]] wants to know whether she can share the CP plan for [[NAME:Keeley]] and [[NAME:Jace Trethewey]] with the after-school club staff.
Home visit today to [[ADDRESS:Lower Hollin Farm, Sheepwash Lane]], [[POSTCODE:BD23 5RT]]. Dad ([[NAME:Wilf Armitage]]) wouldn't let me see upstairs, and a 6-year-old was driving the quad bike round the yard on his own. Neglect, or just farm life?
Can I send the early help plan to [[EMAIL:hetal.mistry@example.org]]? She's [[NAME:Dev]]'s mum, but she's asked that nothing goes to the family email because her husband reads it.
[[NAME:Arben Hoxha]] (18, Albanian, care leaver) has finally got his NI number – [[NI:JN 40 27 83 B]]. Do I put it on the pathway plan or keep it in the confidential section?
[[NAME:Rumana Uddin]] (health visitor) says Mum at [[ADDRESS:Flat 10, Seacole Court]], [[POSTCODE:E1 2QR]] is falling asleep with the baby on the sofa after night feeds. She'll need a Sylheti interpreter, not Bengali.
The video of the fight outside [[SCHOOL:Saltmarsh Academy]] is at [[URL:https://clips.example.com/v/8830211]] – you can clearly see [[NAME:Harley Rowe]]'s face. Do we ask the platform to take it down or leave that to police?
[[MENTION:@anita.sw]] – Dad turned up at reception asking to take [[NAME:Yuxuan]] and [[NAME:Yimo Liu]] out early. The order says he has no contact. Staff have kept them in class – what now?
Baby [[NAME:Zeynep Aslan]], born [[DATE:7th November 2024]], NHS [[NHS:auto-plain]]. Mum is Turkish with limited English and hasn't registered her with a GP in Enfield. The HV can't get an answer at the door.
The children's guardian, [[NAME:Philippa Mayall]], has asked me to pass on her mobile – [[PHONE:07700 900 842]] – to anyone giving evidence at the final hearing.
[[NAME:Orlaith McCann]] from the Gateway team in Belfast is on [[PHONE:028 9649 6417]]. She wants to know whether [[NAME:Cathal]] and [[NAME:Niall Devlin]] are known to us before they move over to Liverpool.
The father is Iraqi Kurdish and says he'll only speak to a male worker. Is it okay to agree to that for the first visit, or does it set a bad precedent for the rest of the assessment?
Police did a welfare check at [[ADDRESS:Rose Villa, 3 Tanyard Lane]], [[POSTCODE:HG1 4NZ]] last night. [[NAME:Imelda Ruane]] is refusing to send the children back to school until the teaching assistant is suspended.
Just checking – [[NAME:Sabina Gurung]]'s date of birth on the referral is [[DATE:2011-09-14]], but her Nepali passport says 2010. Which one do we use on the system?
[[NAME:Chipo Ncube]] (SW) has asked that all correspondence about [[NAME:Rutendo]] goes to [[EMAIL:chipo.ncube@example.net]] while she's on secondment in Wigan.
[[MENTION:<@U0E7XN2V4R>]] are you the link worker for [[SCHOOL:Ysgol Bryn Celyn]]? [[NAME:Lowri]] in Year 3 says her mam's boyfriend hurt her arm, and she'll only talk about it in Welsh.
[[NAME:Mahad Egal]] has been found in Bristol after five days missing. He's 15 and from Leicester. The burner phone BTP took off him was [[PHONE:07700 900 117]]. Who does the return interview – us or Bristol?
The UC letter gives Mum's NI number as [[NI:hp725104c]], but [[NAME:Elīna Ozola]] says she has never worked here. She's Latvian and came over with a man who kept her documents. Identity fraud, trafficking, or both?
The ICPC for [[NAME:Carwyn]] and [[NAME:Seren Hopkins]] is on Thursday [[DATE:12 June 2025]] at the Civic Centre in Swansea. Mum has asked for the reports to be in Welsh.
Police have executed a warrant at [[ADDRESS:18 Raleigh Walk, Pennywell Estate]], [[POSTCODE:SR4 9AX]]. [[NAME:Tyrell Beckford]] (16) was in the flat and has been arrested. His sister [[NAME:Nevaeh]] is at [[SCHOOL:Hylton Dene Primary]] – should school be told before pick-up?
Is there a Lithuanian-speaking worker anywhere in the service? We've got a family in Boston where both parents work late shifts at the packhouse and the children are home alone until 9pm.
Teams link for the strategy at 2: [[URL:https://teams.example.net/meet/strat-0612]]. DC [[NAME:Hollingworth]] is joining from Wakefield and the school nurse will dial in.
[[NAME:Parisa Tehrani]] has emailed from [[EMAIL:parisa.t88@example.com]] asking for everything we hold on her daughter [[NAME:Yasna]]. She wants it translated into Farsi. Is that a subject access request?
Dad ([[NAME:Bishnu Rai]]) served in the Gurkhas and says he disciplines the boys "army style". [[NAME:Prabin]] (Year 6) came in with red marks across both palms. MASH, or a conversation with Dad first?
Can the school nurse check immunisations for [[NAME:Quang Pham]]? NHS [[NHS:auto-dash]]. He came from Vietnam via France and police think he was working in a cannabis grow in Stoke.
Mrs [[NAME:Entwistle]] (foster carer) rang on [[PHONE:0161 496 0258]] – [[NAME:Darcey]] didn't come back after college and her phone is off. She's 16 and was last seen in Bolton town centre.
Does anyone have the DSL's email for [[SCHOOL:Beacon Hill Sixth Form College]]? I need to tell them [[NAME:Callista Varga]] is now on a CP plan. The only address on file is Mum's, [[EMAIL:zsofia.varga@example.com]], which is no good for this.
[[NAME:Ka Yan Cheung]] and her son [[NAME:Hei Tung]] came from Hong Kong on the BN(O) visa and are in a hotel in Sutton. Mum says her husband hits her but she's afraid reporting it will affect the visa. Who advises on this?
Is [[URL:www.example.org/parents/online-safety]] the leaflet we give out now, or is there a newer one? [[NAME:Jodie Cartwright]] wants something about sextortion for her son.
[[NAME:Mazin Abdelrahman]] (Sudanese, UASC) – the Home Office DOB is [[DATE:01/01/2007]] but our age assessment says about 16. His NI number, [[NI:ZR 19 33 60 A]], has been issued on the Home Office date. Do we challenge it?
[[MENTION:@kev.yos]] can you confirm [[NAME:Reuben Ashcroft]]'s bail address? Police have [[ADDRESS:Flat 2, 144 Cranmer Street]], [[POSTCODE:ng3 4hf]] but Mum says he's never lived there.
[[NAME:Akosua Darko]] is the new school nurse for the Kirklees cluster – [[EMAIL:akosua.darko@example.org]], [[PHONE:0113 496 0619]]. She's taking over [[NAME:Yaw]]'s care plan.
Grandparents from Pakistan are visiting for three months and Mum says Grandad shouts at the children constantly. The kids seem frightened but nothing physical has been disclosed. Is this early help or do we just keep an eye?
[[NAME:Rhea Bautista]] is a Filipino care worker sharing a room with her 13-year-old, [[NAME:Jomar]], in her employer's house at [[ADDRESS:The Coach House, 8 Chancel Close]], [[POSTCODE:GU2 7QW]]. He's not on any school roll. CME referral, and what else?
[[NAME:Dmytro Shevchuk]] (Year 10, [[SCHOOL:St Cuthbert's RC Academy]]) told his tutor that his host's adult son keeps asking him to "do deliveries". He's Ukrainian and the host family live near Chester-le-Street. Exploitation screening?
[[NAME:Saira Nawaz]]'s NHS number is [[NHS:auto]] and her DOB is [[DATE:22.03.2014]] – the paediatrician needs both before the CP medical this afternoon.
Please call [[NAME:Marlon Gayle]] from the Windrush advice project on [[PHONE:020 7946 0385]]. He's supporting Nan, who has an SGO for [[NAME:Shaniece]] and [[NAME:Kingsley]], and says their housing benefit has stopped.
[[NAME:Harjit Gill]] (DSL) – [[NAME:Gurleen]] in Year 11 has told a friend that her parents have found a match for her in Jalandhar and she's going "after exams". Who calls the Forced Marriage Unit?
The joint investigative interview for [[NAME:Freya Donnachie]] is at the suite in Perth on [[DATE:3rd July 2025]]. Police Scotland say Mum can't be told until afterwards. Can we share this with the school?
[[NAME:Ioana Radu]] says her ex has been posting photos of [[NAME:Maria]] in her school uniform at [[URL:https://social.example.com/@ionut.radu.uk]]. She's Romanian and doesn't know how to report it. Can police get it removed?
[[NAME:Shilan Aziz]] (Kurdish, speaks Sorani) is at [[ADDRESS:Room 6, 52 Harcourt Villas]], [[POSTCODE:HU32JD]] – a hostel with shared bathrooms. She has a 4-month-old, [[NAME:Aras]], and the HV says the room is freezing.
[[MENTION:<@U0F2LMW8TS>]] could you do the NI check for [[NAME:Benedicte Kabongo]]? The number on her tenancy is [[NI:LB 62 08 14 D]]. She's Congolese and speaks Lingala and French.
Email from [[EMAIL:pastoral.lead@example.net]]: [[NAME:Rowan Albright]] (Year 9) has been bringing vodka into school in a water bottle. Both parents work offshore out of Aberdeen. Who's actually looking after him?
[[NAME:Chaya]] in Year 2 told her teacher that her big brother [[NAME:Shmuel]] locks her in the cellar as a punishment. The family are very private. Should the DSL speak to the parents before referring?
[[MENTION:@beth.mash]] Mum has set up a fundraiser at [[URL:https://fundraise.example.org/p/help-for-our-babies]] with photos of both children in hospital. Dad hasn't agreed. Can we ask for it to be taken down?
[[NAME:Semhar Tekle]] (16, Eritrean) has told her key worker she owes money to the people who brought her here, and a man in Coventry wants her to "work it off". Her phone is [[PHONE:07700 900 463]]. NRM today?
[[NAME:Struan MacLeod]] (14) has come down from Inverness to stay with a family friend at [[ADDRESS:Flat 2, Wetheral View]], [[POSTCODE:CA3 9LT]] while his dad is in hospital. Private fostering notification, even though Mum agreed?
The HV has flagged that [[NAME:Jannat]] (7 months) hasn't been brought to any appointments since the family moved from Tower Hamlets. NHS [[NHS:auto]]. Last known address [[ADDRESS:Flat 5, Ashdown House, Glebe Estate]]. Was Not Brought?
[[NAME:Imani Baptiste]] (Year 12) has asked whether she can see the school counsellor without her parents being told. She's 17 and says there's nothing wrong at home, she's just struggling. Do we need to tell anyone?
[[NAME:Gabriel Oliveira]]'s mum, [[NAME:Larissa]], says he went to Portugal for half term with his dad and hasn't come back. Dad's number is [[PHONE:+44 7700 900 731]] but it goes to a Portuguese voicemail. Child abduction?
[[NAME:Bence Tóth]] (Year 1) has had toothache for weeks and Mum says they can't find an NHS dentist anywhere near Peterborough. Is this dental neglect or a gap in services? The family are Hungarian and very worried.
Transfer-in conference on [[DATE:2025-07-09]] for the [[NAME:Boswell]] children – they've moved onto [[ADDRESS:Caravan 7, Bramble Meadow Park]], [[POSTCODE:DE6 1LQ]] near Ashbourne. The sending authority was Worcestershire.
[[NAME:Ayaan Chowdhury]] (Year 5) has come in with a fresh bruise on his cheek for the second Monday running. Mum says his uncle [[NAME:Rifat]] "plays rough". The DSL is on a course – who do I tell?
[[MENTION:<@U0G5PC3MH7>]] can you update Mosaic? [[NAME:Nirmala Solanki]]'s mobile is now [[PHONE:0116 496 0294]] and she's moved to [[ADDRESS:27 Shipwright Row]], [[POSTCODE:LE4 6GJ]]. Gujarati interpreter still needed.
[[NAME:Farhad Noorzai]] says he's 15 but the hotel staff think he's older. He came into Dover on a small boat and gave his DOB as [[DATE:12-04-2010]]. Does he stay with the adults or come to us?
The school has set up a Google Form for staff concerns at [[URL:https://forms.example.com/safeguard-log]]. Is that allowed under GDPR, or should everything go on CPOMS?
[[NAME:Georgia Naylor]] (Mum) has sent a long email to [[EMAIL:headteacher@example.org]] accusing the class teacher, Mr [[NAME:Fairclough]], of grabbing [[NAME:Frankie]] by the wrist. LADO, or deal with it as a complaint?
[[NAME:Anusha Jeyakumar]] (Tamil, 32 weeks pregnant) has told the midwife her husband won't let her attend appointments alone. Her NHS number is [[NHS:auto-plain]]. Pre-birth referral or MARAC first?
Dad ([[NAME:Nasser Saleh]]) is in Yemen and the children are living with their aunt at [[ADDRESS:Flat 8, 19 Marlborough Terrace]], [[POSTCODE:NP20 4LA]]. Mum died last year. Is this private fostering, and who has PR?
[[MENTION:@sarahk.iro]] – please send the LAC review minutes for [[NAME:Kobi Adjei]] to [[EMAIL:virtual.school@example.org]] as well as to the carers.
We've been told a takeaway near the precinct is letting Year 9 girls hang out in the back room after school and giving them free food and vapes. No names yet. Is this one for the exploitation team or the police?
[[NAME:Morven Sinclair]] (DOB [[DATE:5 Sept 2012]]) has been referred from Dundee, where she was on the Child Protection Register for neglect. Do we hold a transfer-in conference or accept the Scottish plan?
Grandad ([[NAME:Clive Whitworth]]) has applied for the SGO allowance. NI [[NI:RE 71 35 92 B]]. Finance say they need the children's NHS numbers too – is that normal?
The recording of the child's disclosure is at [[URL:https://share.example.org/f/7Kq2xP]] – I've restricted it to the strategy attendees. [[NAME:Maddison]] is 8.
[[NAME:Wayne Pickering]] is out on licence and living at [[ADDRESS:56 Tolpuddle Way]], [[POSTCODE:PO4 8JF]]. Probation say he can't have unsupervised contact with children, but a neighbour says a toddler is there most weekends.
[[NAME:Olena]] from the Ukrainian community group in Bristol says a host has been opening a family's post and won't let the teenagers have friends round. Her number is [[PHONE:0117 496 0842]] if someone can call her back.
[[NAME:Ikran Warfa]] (Year 10) has missed fourteen days since Christmas, and her brother says she's "helping at home". The attendance officer in Cardiff is on [[PHONE:029 2018 0461]] if anyone knows the family.
Sent the referral for [[NAME:Zuzanna Mazur]] to [[EMAIL:mash.referrals@example.net]] on [[DATE:19/06/2025]] and still no acknowledgement. Her dad is back from Poland on Friday – chase or re-send?
Our Romanian-speaking TA, [[NAME:Mihaela]], has been asked by a parent to translate a letter from the council about an eviction. Is it okay for her to do this informally, or should we signpost to a proper interpreter?
[[NAME:Jevaun]] (Year 9) was stabbed in the leg in Moss Side on Saturday. His mum, [[NAME:Paulette Brown]], wants him moved to another school. The DSL at [[SCHOOL:Hulme Brook Academy]] is asking for a managed move meeting.
[[MENTION:<@U0H8RB2ZQ5>]] sorry, I've just pasted [[NAME:Kyrylo]]'s NI number ([[NI:NY 24 66 18 A]]) in the wrong channel. Can you delete it?
The [[NAME:Lakatos]] children – [[NAME:Dávid]], [[NAME:Renáta]] and [[NAME:Patrik]] – have been absent for three weeks. Neighbours say they've gone back to Slovakia, but Mum's phone ([[PHONE:07700 900 958]]) still rings. CME?
[[NAME:Elis Llywelyn]] (Year 7) at [[SCHOOL:Ysgol Gyfun Cwm Aur]] has been self-harming since his parents split. Mum has asked that his dad in Aberystwyth isn't told, but Dad has PR. Can we honour that?
Baby [[NAME:Aurora]], born [[DATE:14/01/2025]], NHS [[NHS:auto]], has been discharged to Mum at the mother and baby unit. Dad ([[NAME:Callan Rigby]]) has been released from HMP Durham and is asking where they are.
Can someone reply to [[EMAIL:m.whitehouse.solicitors@example.com]]? They act for Dad ([[NAME:Scott Fogarty]]) and want the full conference minutes, including Mum's section about the refuge.
[[NAME:Thusyanthan Sivarajah]] has been ringing school every day to ask who [[NAME:Kavina]] talks to at break. Yesterday he turned up at Mum's work, [[ADDRESS:Unit 8, Havelock Trading Estate]], and shouted at her in Tamil. Is this coercive control?
[[MENTION:@raj.ehc]] the family have asked about the parenting course – is it still [[URL:https://familyhub.example.org/courses/incredible-years]]? [[NAME:Manveer Dhillon]] wants to start in September.
Staff at our breakfast club in Blackpool have noticed several children arriving with no coats and in the same clothes all week since the cold snap started. Is it okay to buy coats from the school fund without telling parents?
[[NAME:Yusra Alhassan]] (15) is a Syrian refugee who has just told the school nurse she's been engaged to a cousin in Lebanon. The family are lovely and very supportive of school. DOB [[DATE:2010-02-28]].
[[NAME:Courtney Hibbert]] rang the office from [[PHONE:0191 498 0527]] – [[NAME:Brooklyn]]'s stepdad, [[NAME:Jamie Wardle]], has been messaging her from prison. She lives in Gateshead and wants to know if she can block him without breaching the contact order.
Quick one – the DOB for [[NAME:Ruaridh Munro]] on the referral is [[DATE:30 Nov 2016]], but Mosaic has him a year older. Can someone check with the Highland team before the strategy?
Housing need Mum's NI number ([[NI:AK 83 90 26 D]]) before they'll release the keys to [[ADDRESS:Flat 16, Kestle Court]], [[POSTCODE:PL4 9BE]]. [[NAME:Tamsin Penrose]] and the three kids are in a B&B in Plymouth until then.
[[NAME:Nia Griffiths]] (HV) on [[PHONE:029 2018 0976]]: baby [[NAME:Cadi]] has dropped two centiles and Dad won't let her be weighed at home. Mum goes quiet whenever he's in the room.
[[NAME:Domantas]] (17) is working cash-in-hand at a car wash in Kettering. He gave the college an NI number, [[NI:wp 50 11 73 c]], that belongs to someone else. Exploitation?
[[NAME:Humaira Siddiqui]], SENCo, has asked for the EHCP draft by the [[DATE:1st of August 2025]]. Please send it to [[EMAIL:senco.office@example.org]] and copy in the caseworker.
[[NAME:Igor Sikora]] has asked for [[NAME:Antoni]]'s school reports to go to [[EMAIL:igor.sikora@example.com]]. He lives in Kraków and Mum has a prohibited steps order. Is he entitled to them?
We've had three Eritrean boys start at the college this term, all placed in the same supported accommodation in Derby. None of them has a phone. Is that normal, and who do we contact if they don't turn up?
[[NAME:Keshav Raval]] (Year 2, [[SCHOOL:Tollgate Primary School]]) says his grandma pinches him when he gets his spellings wrong. The family speak Gujarati at home and Grandma has just arrived from India. How do we raise it without upsetting everyone?
[[MENTION:<@U0J4TV6NC8>]] can you do the visit to [[ADDRESS:The Lodge, Kettlewell Hall]], [[POSTCODE:YO62 5JP]]? The estate manager, [[NAME:Giles Thursby]], rang to say the groundsman's children have been left alone since Friday.
[[NAME:Temitope Bankole]] (Year 6) told a lunchtime supervisor that her dad's pastor prays over her to get "the spirit" out and it frightens her. Is this one for the witchcraft and spirit possession guidance, and who leads?
Does anyone know if Northumberland still uses the same threshold document as Newcastle? We've got a child moving across and the early help offer looks completely different.
Ms [[NAME:Okonjo]] (social worker, Southwark) can be reached on [[PHONE:020 7946 0913]]. She holds the older sibling, [[NAME:Chibuzo]], and wants to join our CIN meeting by phone.
[[NAME:Sol]] (4) told his key person that Daddy "sleeps in the car now" and Mummy cries a lot. He's at [[SCHOOL:Sunnyfields Montessori Nursery]] three days a week. Early help, or keep an eye for now?
School nurse summary: [[NAME:Mali Thomas]], NHS [[NHS:auto-plain]], DOB [[DATE:09/10/2009]], missed both HPV doses and says her dad "doesn't believe in vaccines". She's 15 – can she consent for herself?
[[NAME:Lydia Kinsella]] (DSL) here – [[NAME:Ezra]] told his teacher that Mum's friend gave him "special sweets" that made him sleepy. He's 7. The GP has his NHS number as [[NHS:auto-dash]] if health need it. MASH consultation line or police?
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
Holi falls in March this year, and some pupils may arrive at school with coloured powder still on their skin or clothes. Staff should not mistake this for bruising, but they should still ask gently if anything looks unusual.
The Gypsy, Roma and Traveller Education Service in Derbyshire can help families who move between sites during the summer. Schools should keep a place open and share safeguarding information with the receiving school as soon as they know where the family has gone.
Practitioners in Cornwall often work across long distances, and a home visit can take most of a morning. Plan joint visits with health colleagues where possible so that families are not asked the same questions twice in one week.
Nigerian and Ghanaian families may be unfamiliar with the idea that physical chastisement can become a safeguarding matter in England. Explain the law clearly and without judgement, and offer a parenting course that respects the family's faith and culture.
The Forced Marriage Unit can give confidential advice to professionals on a Sunday as well as during the week. Never contact the family or use a relative to interpret when a young person says they are being taken abroad to marry.
Health visitors in Tower Hamlets have been asked to record whether a Sylheti or a standard Bengali interpreter was used. Families have told the service that they understood far more when the right dialect was offered.
The Welsh safeguarding procedures apply to schools in Gwynedd and Cardiff alike. Practitioners who work near the border with Shropshire or Cheshire should check which procedures apply before making a referral.
Chinese New Year celebrations in Manchester draw large crowds to the city centre. Youth workers will be out on the Saturday evening and will pass any concerns about young people on to the out-of-hours team.
Children placed in Scotland by an English council remain the responsibility of the placing authority, but local police and social work services need to know they are there. The Children's Hearings system works very differently from child protection conferences, so ask for advice early.
Eid al-Adha often falls during the summer term, and families may travel to Pakistan, Bangladesh or Somaliland for the celebrations. If a child does not return when expected, the school should follow its Children Missing Education procedure without delay.
The Police Service of Northern Ireland shares domestic abuse notifications with schools through a scheme similar to Operation Encompass. Staff in Belfast and Newry have found that a quiet word at the start of the day helps children settle.
Unaccompanied children arriving in Kent are transferred to other local authorities under the National Transfer Scheme. Receiving councils in the North East and the Midlands should arrange an interpreter and a health assessment within the first few days.
Albanian boys who arrive alone are at high risk of being drawn into cannabis cultivation and county lines. The exploitation team should be involved from the first week, and any missing episode must be reported to police immediately.
The Orthodox Jewish community in Gateshead runs its own youth services, and their staff have completed the same safeguarding training as council staff. Working alongside community leaders can help families accept support they might otherwise refuse.
Hogmanay and New Year's Day bring a rise in domestic abuse incidents reported to Police Scotland. Schools in Edinburgh and Glasgow should expect more notifications in the first week of January and plan pastoral support accordingly.
The Children's Society supports young people who go missing from home or care. Their workers can offer return conversations in a neutral setting, away from the school and the children's home.
Vietnamese young people found in nail bars or cannabis farms should be treated as potential victims of trafficking rather than offenders. A referral to the National Referral Mechanism should be considered before any decision about charging.
Parents who speak Tigrinya or Amharic may have had frightening experiences with officials in the past. Take time to explain who you are, why you are visiting and what will happen next, and leave written information in their language.
The local authority in Leeds has brought early help and the MASH together in a single front door. Practitioners can still call the consultation line if they are unsure which route a referral should take.
Saint David's Day is a school celebration in many Welsh primaries, and families are invited to watch the concerts. Staff should check the list of people who are not allowed contact before letting visitors into the hall.
Gujarati-speaking grandparents often provide childcare while both parents work long hours in Leicester. If a grandparent is frail or unwell, the school should talk to the parents about a backup plan rather than assuming neglect.
Young carers in rural Norfolk may have no bus home if they stay for clubs after school. The Young Carers Service can help with transport and will work with the school to make sure the child has some time for themselves.
Operation Encompass does not replace a referral to Children's Services. If a child discloses something new after a notification, the DSL should treat it as a fresh concern and follow the usual procedure.
Winter can be hard for families on prepayment meters in Middlesbrough and Hartlepool. Cold homes, missed meals and children wearing coats indoors may be signs of poverty rather than neglect, and early help should be offered first.
The Irish Traveller Movement has produced guidance for schools on building trust with families. Staff are encouraged to visit sites with the Traveller Education Service before a problem arises, not only when there is a concern.
Filipino families working in care homes and hospitals may have irregular shifts that leave older children responsible for younger siblings. The social worker should explore what support the wider community can offer before deciding the arrangement is unsafe.
A child who has arrived from Afghanistan may not have a birth certificate or any school records. Schools should not delay admission while waiting for documents and should ask the resettlement team for whatever background they can share.
Christmas Eve is one of the busiest nights of the year for the Emergency Duty Team. If you have a family you are worried about, make a plan before the holidays and make sure the out-of-hours service has the key information.
Kurdish Sorani speakers from Iraq and Iran may prefer different interpreters because of political tensions. Ask the family discreetly and make a note on the file so that future bookings get it right.
The Youth Justice Service in Bradford has started joint visits with the exploitation team. Young people say they prefer fewer professionals and one trusted worker who knows their story.
When parents are deaf, their hearing children should never be used to interpret at meetings about safeguarding. The council has a contract with a British Sign Language agency, and bookings can be made at short notice for urgent visits.
Diwali sweets and small gifts are often shared with school staff in November. This is not a safeguarding concern, but staff should follow the gifts policy if anything of real value is offered.
Polish and Lithuanian families in Lincolnshire may work on farms that provide tied accommodation. If the family loses the job, they can lose their home at the same time, so housing advice should be part of any early help plan.
The Designated Safeguarding Lead should keep a separate record of conversations with the police, even if the officer says they will record it themselves. Good records make it easier to show what was known and when.
Somali mothers in Bristol have set up a peer support group on female genital mutilation. The group works closely with health visitors and community midwives, and families often find it easier to talk there than in a clinic.
The midwife, the health visitor and the GP should all know when a pregnant woman is subject to a Child Protection Plan. Pre-birth planning meetings should start well before the third trimester so that the family has time to make changes.
Many Ukrainian children study online for Ukrainian exams in the evenings while attending school here during the day. Tiredness and low mood are common, and schools should speak to families before assuming there is a problem at home.
Harvest festival and Thanksgiving services often include collections for local food banks. Schools should handle donations discreetly so that families who rely on the food bank are not embarrassed in front of their children.
Romanian and Moldovan families in Peterborough sometimes move in with relatives when rents rise. Overcrowding on its own is not neglect, but it can increase risk when a new adult joins the household.
The Probation Service must be told if someone on licence is living in a household with children. Children's Services and probation should share information regularly and agree who will tell the non-abusing parent about any risk.
Brazilian families in Bournemouth and Poole have asked for information about child protection in Portuguese. The safeguarding partnership is translating the parents' leaflet and will share it with schools in the autumn.
The looked after children's nurse completes a health assessment for every child who comes into care. If the child is placed in another county, the receiving health team should be contacted straight away.
Staff working on Friday nights at the youth centre in Hull have noticed older men waiting in cars outside. They should note what they see, avoid confronting anyone, and share the information with police and the exploitation team.
Sikh families observe Gurpurab celebrations throughout the year, not only in the spring. A single absence for a religious festival is not a safeguarding concern, and schools can ask families about important dates in advance.
The council in Swansea has recruited more Welsh-speaking social workers. Families who choose to use Welsh should be offered this from the first contact, not only when they ask for it.
Children from Sudan and South Sudan may have experienced trauma before they reached the United Kingdom. Schools should work with the virtual school and local mental health services before assuming that challenging behaviour is simply defiance.
The Armed Forces community in Wiltshire has its own family support services. When a parent is deployed, the school may be the first place to notice that a child is struggling, and the unit welfare officer can help.
Early help workers in Blackburn have found that evening drop-ins during Ramadan, after the fast is broken, are better attended than morning sessions. Small changes to timing can make services far more accessible for families.
Hong Kong families who arrived on the British National Overseas visa often have strong networks through churches and community groups. Practitioners should ask families which organisations they trust before making assumptions about isolation.
The LADO should be contacted whenever an allegation is made about a foster carer, even if the child later withdraws it. The fostering service and the child's social worker must both be informed on the same working day.
"""

SPEC = ct.holdout_spec(3, "r", "s", nhs_seed=20250702, known_parity=0, names=100, structured=100)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

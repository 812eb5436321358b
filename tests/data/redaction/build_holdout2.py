#!/usr/bin/env python3
"""Build the second, unseen holdout set for the redaction engine.

Writes, next to this file:

* ``corpus_holdout2.jsonl``      – 100 safeguarding messages (ids h001..h100)
  with gold identifier spans, every record ``"split": "holdout2"``.
* ``clean_prose_holdout2.jsonl`` – 50 identifier-free safeguarding prose lines
  (ids q001..q050), every record ``"split": "holdout2"``.

Format and labelling conventions are exactly those of ``build_corpus.py``;
the marker format (including the ``[[NHS:auto]]``, ``[[NHS:auto-plain]]`` and
``[[NHS:auto-dash]]`` generators) is described in ``corpus_tools.py``.

* NAME covers the name words only: no title, no possessive "'s", no
  relationship word ("Mum", "Nain", "auntie"). Initials count as NAME.
* DATE covers the date only, not a "DOB"/"born" prefix or a weekday. Ages,
  weekdays, bare months, bare years and school years are never labelled.
* ADDRESS covers the street part (with flat/room/house name); the town is not
  labelled; the postcode is its own POSTCODE span.
* MENTION covers the whole Slack token, including "<@" ... ">" or the "@".
* SCHOOL covers the whole setting name.
* Phone numbers are Ofcom drama numbers; e-mail and web addresses use the
  reserved example.org / example.com / example.net domains.

All names, streets, schools and sentences are new: the freshness check in
``corpus_tools.py`` refuses any NAME word, ADDRESS, SCHOOL or sentence already
present in ``corpus.jsonl`` or ``clean_prose.jsonl`` (when those files are
present).

Standard library only, deterministic, re-runnable:  python3 build_holdout2.py
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
Handover for tonight's EDT: [[NAME:Mehwish Tariq]] (15) has not returned to her placement at [[ADDRESS:3 Tenter Fold]], [[POSTCODE:BD5 8LW]]. Carer is on [[PHONE:07700 900 318]] if police need a description.
Morning all – can someone double check the DOB for [[NAME:Okechukwu Nnamdi]]? Mosaic says [[DATE:17/10/2013]] but the school MIS has 2014 and the GP letter has neither.
Received a PPN this morning – DA incident at [[ADDRESS:Flat 7, Rydal Court]], [[POSTCODE:LS9 6BN]]. Victim is [[NAME:Shauna McGinley]], alleged perp her ex [[NAME:Declan Rafferty]]. Two kids in the house, [[NAME:Cara]] (4) and [[NAME:Finn]] (18 months).
[[NAME:Abdirahman Farah]] was picked up by BTP at the station with [[NAME:Hamza]], both 14, carrying a lot of cash. Mum, [[NAME:Sahra]], can be reached on [[PHONE:0113 496 0471]] – Somali only, so book an interpreter.
Does the DSL at [[SCHOOL:Thornleigh Church of England Academy]] know about the pre-birth plan for [[NAME:Kerry-Ann Whitlock]]? She's in Year 13 there and due on [[DATE:2 September 2025]].
Can anyone point me to the local guidance on bruising in disabled children? We have a wheelchair user in Year 5 with marks on both upper arms and the parents say it's from hoisting.
Sent the referral from my phone by mistake – please disregard the copy that went to [[EMAIL:gennaro.ferrante@example.net]]. The right address is [[EMAIL:frontdoor@example.org]].
[[MENTION:<@U0B7TQ3XK2>]] could you look at [[NAME:Diyar]]'s return home interview? He told the RHI worker he'd been staying with a man called [[NAME:Shwan]] in a flat above a barber's.
Dad ([[NAME:Tomasz Zawadzki]]) is insisting we use [[EMAIL:tzawadzki.home@example.com]] for all letters, but Mum says he reads hers too. Both have PR for [[NAME:Nela]].
The paediatric liaison form lists baby [[NAME:Zayn Akhtar]], NHS [[NHS:auto]], born [[DATE:2024-11-03]], attended with a torn frenulum. Mum says he fell against the cot.
We've got a 13-year-old who keeps turning up at the front desk asking for food and won't give her name. She's wearing a school jumper but the logo has been cut off. What's our first step?
Quick check before I ring – is [[PHONE:0161 496 0782]] still the number for [[NAME:Rukhsana Miah]]? The CIN visit got moved to Wednesday and I can't get through.
Teacher at [[SCHOOL:Lindley Vale Primary]]: [[NAME:Rio Mahoney-Barker]] has come in twice this week with a cut lip. His mum's partner [[NAME:Jermaine]] drops him off. Do I log it as one concern or two?
NI no. for the care leaver is [[NI:WK 31 75 20 B]] – [[NAME:Yonas Habte]] says the Home Office letter has it wrong. Who do I contact to get it corrected?
Strategy minutes [[DATE:04/03/2025]]: present were [[NAME:Rachel Okwuosa]] (SW), DC [[NAME:Pilling]], Nurse [[NAME:Veronica Tan]] and [[NAME:Idris Kamara]] (DSL). Decision: S47 single agency.
Hiya, I'm the new family support worker in Hackney. Can I be added to the channel for the [[NAME:Sheikh]] family? [[MENTION:@farzana.m]] said you'd sort access.
[[NAME:Ludmila Horvátová]] has asked for the letter to go to her cousin's: [[ADDRESS:112 Fitzwilliam Walk]], [[POSTCODE:S1 4JR]]. She's Slovak Roma and reads a little English.
Just had a call from a neighbour – she says the twins at [[ADDRESS:9 Quarry Bank]] have been in the garden since 6am without coats. Does anyone know if the family are open?
Mum ([[NAME:Anjali Raman]]) has a new mobile: [[PHONE:+44 7700 900 264]]. The old one ([[PHONE:07700 900 530]]) is with the ex, who's been texting her pretending to be the school.
Link to the CP review pack for [[NAME:Nasra]] and [[NAME:Guled]]: [[URL:https://cpreview.example.org/pack/guled-nasra]] – don't forward to Dad.
I'm a lunchtime supervisor and one of the boys in Year 2 keeps hiding bread rolls in his coat to take home. He said his mum doesn't have money till Friday. Who should I tell?
[[NAME:kezia]] told the TA her auntie [[NAME:Pam]] makes her sleep on the floor when mum's at work. She's in Year 1. Logged on CPOMS, waiting for the DSL.
The SGO assessment for Grandma ([[NAME:Lorna Bailey-Forbes]], NI [[NI:PE 48 27 61 C]]) has stalled because DWP haven't confirmed her pension. Can the court extend the timescale?
Baby [[NAME:Ezekiel]]'s hospital number is on the letter but the NHS number is [[NHS:auto-plain]]. Mum, [[NAME:Oluwaseun Adewale]], missed the follow-up at the fracture clinic.
[[MENTION:@dan.k]] – can you chase [[SCHOOL:St Aidan's Catholic High School]] for [[NAME:Conor Mulhern]]'s attendance? The court want it by [[DATE:28th March 2025]].
Email in from [[EMAIL:r.ahmadzai@example.org]] (Afghan resettlement caseworker) asking if we can see [[NAME:Mursal]] and [[NAME:Habiba Ahmadzai]] at the Family Hub before they're moved to Bolton.
Youth offending worker here. [[NAME:Kaan Yildirim]] (16) was arrested for robbery on [[DATE:11.01.2025]]. He says older lads from the estate made him do it. Bail address is [[ADDRESS:46 Saltwell Gardens]], [[POSTCODE:SE5 8QT]].
[[NAME:Leila]] (Year 7 at [[SCHOOL:Bramhall Moss High School]]) has stopped eating lunch during Ramadan and fainted in PE. Parents say she's old enough to fast. School nurse or DSL?
Good afternoon. Please find attached the referral for [[NAME:Eamon Joyce]] (DOB [[DATE:19 May 2016]]). The family are Irish Travellers and have pulled onto [[ADDRESS:Pitch 4, Carr Mill Lane]]. Kind regards, [[NAME:Bronagh]]
[[NAME:Ayodele]] is asking why we haven't replied – she emailed [[EMAIL:earlyhelp.north@example.org]] on [[DATE:6th Jan 2025]] about her son's EHCP and heard nothing back.
Police have shared a link for the man messaging [[NAME:Tilly Rowntree]]: [[URL:https://snap.example.com/add/xx_kingd_xx]]. She's 12. Do I show Mum?
Is it normal for the MASH to take five working days to respond? I sent one on Monday about baby [[NAME:Kenzo]] with a bruise on his cheek and haven't heard a thing.
[[NAME:Sunita Chauhan]] (health visitor) says the family at [[ADDRESS:Flat 22, Gorse Hill House]], [[POSTCODE:M16 0RP]] have no gas or electric and the baby's formula is being made with cold water.
New worker on the case: [[NAME:Babajide]] – [[EMAIL:babajide.ogun@example.com]], [[PHONE:0121 496 0849]]. Please update the TAF invite for [[NAME:Macy-Jo]].
Mum's number is [[PHONE:07700900415]] but she only answers WhatsApp. [[NAME:Gintarė]] says the children's father, [[NAME:Vytautas]], is back in Lithuania and has threatened to come and take them.
Hi [[MENTION:<@U05RX8LMW3>]], re [[NAME:Tariq]] and [[NAME:Sameer Qureshi]] – the core group has moved to [[DATE:14/04/2025]] because of Easter. Can you let Dad know?
Mr [[NAME:Ogundipe]] from [[SCHOOL:Parkfield Primary School]] asked whether they need to tell the LADO about the supply teacher who shouted at [[NAME:Elijah]] and pulled his jumper.
The father's NI number is [[NI:ST702918A]] and his DOB is [[DATE:1989-06-12]] – housing want both for the homeless application. [[NAME:Dariusz]] has agreed we can share them.
Sorry, wrong channel! Meant to send [[NAME:Harleigh]]'s NHS no ([[NHS:auto]]) to the health team only. Can an admin delete?
[[NAME:Ifeoma]] and [[NAME:Chiamaka Onyekachi]] have been placed with kinship carers at [[ADDRESS:58 Kestrel Rise]], [[POSTCODE:NG7 3HS]]. Contact with Mum is supervised at the Family Hub.
Our nursery has been asked by Mr [[NAME:Quigley]] to stop Mum collecting because of a court case. He hasn't shown us any order. Do we have to do what he says?
Safeguarding lead at [[SCHOOL:Heathcote Pupil Referral Unit]] here – [[NAME:Reggie Calloway]] (Year 10) was seen getting into a car with two adult men at 3.15pm. Registration passed to police.
Please use [[URL:https://forms.example.org/early-help/request]] for early help requests now, not the old Word form. Any problems, email [[EMAIL:eh.admin@example.org]].
Dr [[NAME:Sivakumar]] rang from A&E. [[NAME:Janani]] (5) has a scald to both feet – Dad says she stepped into the bath. NHS number [[NHS:auto]]. CP medical booked.
[[NAME:Mariam Abdullahi]]'s Home Office ref is on the file but her NI is [[NI:jc 62 84 13 d]] – can we use it for the leaving care grant?
[[NAME:Haris]] has been excluded for carrying a blade at [[SCHOOL:Moorside Community School]]. Dad ([[NAME:Faisal Mirza]], [[PHONE:07700 900 672]]) is blaming the school. Do we need a strategy meeting?
Welfare check request: [[NAME:Kelsey Hunt]], 17, pregnant, sofa surfing. Last known at a friend's, [[ADDRESS:14b Coronation Terrace]], [[POSTCODE:DN31 2HG]]. Her phone [[PHONE:+447700900577]] goes straight to voicemail.
From the GP: [[NAME:Ruqayyah Bibi]] has a 2-year-old, [[NAME:Eesa]], who has not been brought to three appointments since the summer. The practice email is [[EMAIL:gp.safeguarding.lead@example.org]].
Can I add [[MENTION:@ola.hv]] to this thread? She's the health visitor for [[NAME:Yuki Tanaka-Reeve]] and has concerns about Dad's drinking.
[[NAME:Dawit]] (Eritrean, says he's 16) arrived at the police station at 2am with no documents. The duty social worker is [[NAME:Marguerite]] on [[PHONE:020 7946 0558]].
What should a school do if a parent refuses to let their child be interviewed by police without a solicitor present? Mum is insisting and the officer says the child is only a witness.
[[NAME:Krisztina Farkas]]'s daughter [[NAME:Lili]] disclosed at [[SCHOOL:Brierley Hill Nursery School]] that Daddy "squeezed her neck". Mum lives at [[ADDRESS:21 Furnace Row]], [[POSTCODE:DY2 9AE]].
Please find the chronology for [[NAME:Joel]] and [[NAME:Phoebe Ashworth]] at [[URL:www.example.net/chron/ashworth-2025]]. Access is for the core group only.
Interpreter booked (Tigrinya) for the visit to [[NAME:Saba Ghebremedhin]] at [[ADDRESS:Room 11, 7 Garnet Street]] – bed and breakfast, shared kitchen. Her baby is 10 days old.
The dentist has flagged [[NAME:Daisy-Lou Pengelly]], 6, with eight teeth needing extraction under GA. Mum missed three appointments. Dental neglect pathway? NHS [[NHS:auto-dash]].
[[NAME:Lamar]] keeps telling staff that his "cousin" [[NAME:Tyreece]] collects him in a white Audi. [[NAME:Tyreece]] is about 20 and has been seen outside the gates handing out vapes.
I've just had [[NAME:Marta]] from the Portuguese community centre on the phone ([[PHONE:0117 496 0362]]) – she says [[NAME:Rodrigo Esteves]] is living in an HMO with eight adult men.
[[NAME:Xin Yi]] (Year 11) disclosed that her father hit her with a ruler over her mock results. She's asked us not to contact home because of the shame it would cause. DOB [[DATE:30/01/2009]].
Anyone else finding the new online referral form logs you out after twenty minutes? I lost a whole referral this morning and had to start again.
Hi, I'm covering for Ms [[NAME:Abernethy]] today. Can someone tell me whether the [[NAME:Fairweather]] children are still on the list for the holiday activities programme?
Core group for [[NAME:Tianna]] moved to Tuesday [[DATE:18th February 2025]] at [[SCHOOL:Kingsway Infant and Nursery School]]. Mum has asked that [[NAME:Anthony]] (her partner) isn't invited.
[[NAME:Elif Demir]] rang from the refuge – she's worried her husband's family know she's in Sheffield. Housing need her NI, [[NI:AZ 91 40 27 C]], and the refuge worker is on [[EMAIL:outreach.team@example.org]].
[[MENTION:<@U0A1ZPQ7V9>]] can you send the Clare's Law outcome to [[NAME:Kimberley Oates]]? She's asked to collect it in person, not by post, because [[NAME:Dwayne]] opens her letters.
Updated address for [[NAME:Mohamud Jama Hersi]] and family: [[ADDRESS:Flat 5, Tarn House, Wellington Street]], [[POSTCODE:l8 7ue]].
[[NAME:Bronwen Pryce]] (Nain) has asked for a Welsh-speaking social worker for [[NAME:Ffion]] and [[NAME:Osian]]. Her phone is [[PHONE:029 2018 0733]].
[[NAME:Ștefan Munteanu]] (14) was found working at a car wash at [[ADDRESS:Unit 3, Bessemer Road Industrial Estate]] at 11pm on a school night. NRM?
Health visitor note: [[NAME:Hina Rasool]] (mum, 19) says she was married in Pakistan at 16 and her in-laws keep her passport. Baby [[NAME:Musa]], born [[DATE:2024-08-27]], NHS [[NHS:auto]], is thriving.
Strategy needed today please – [[NAME:Cameron Blakey]] has told his football coach that his dad burns him with a lighter. Coach is [[NAME:Warren Tolley]], [[PHONE:07700 900 741]].
Does [[URL:https://www.example.com/ncmd/guidance]] still apply for unexpected child deaths, or is there a newer version? The rapid response meeting for baby [[NAME:Alesha]] is tomorrow.
[[NAME:Mehmet]] and [[NAME:Ayşe Kaya]] both work nights at the bakery and leave [[NAME:Emre]] (8) in charge of the baby. School is [[SCHOOL:Tanhouse Lane Primary]].
The OIC, DC [[NAME:Rebecca Stainton]], says the ABE interview for [[NAME:Kelsie]] is on [[DATE:March 12, 2025]]. Can school release her for the morning?
Anyone know which GP [[NAME:Zubair]]'s family is with? Mum gave us [[ADDRESS:77 Spinners Way]], [[POSTCODE:OL96RT]] but the surgery round the corner says they're not registered.
The young person has told us he is gay and that his parents will throw him out if they find out. He's asked us not to record it. How do we balance his privacy with the safeguarding record?
Dad's post naming the social worker is at [[URL:http://fb.example.com/posts/dad.rants]]. He's also shared [[NAME:Harmony]]'s school photo. Can legal get it taken down?
Referral summary – Child: [[NAME:Kacie Stringer]] | DOB: [[DATE:05-11-2015]] | Address: [[ADDRESS:3 Wharf Cottages]], [[POSTCODE:WF10 4PS]] | School: [[SCHOOL:Castleford Redhill Junior School]] | Concern: neglect.
[[NAME:Teodora]] (Bulgarian, 15) says she's engaged to a 24-year-old and will leave school at Easter. Dad's number is [[PHONE:0114 496 0925]]. Forced marriage or cultural practice – either way, what do I do?
Sending the s47 paperwork for [[NAME:Ciarán Ó Súilleabháin]] to [[EMAIL:legal.gateway@example.net]] now. DOB is [[DATE:22/06/2012]] in case anyone needs it.
[[MENTION:@jo.dsl]] heads up – [[NAME:Brody]] said at registration that nobody was home last night and he slept at [[NAME:Kenzie]]'s. He's 9.
The housing association has given notice on [[ADDRESS:40 Pennine View]], [[POSTCODE:HD1 6SX]]. [[NAME:Shelley Dunn]] and her three children have nowhere to go from next week. Her NI is [[NI:MR 83 05 62 D]].
[[NAME:Maricel Dizon]] is a live-in carer whose employer has kept her passport. Her son [[NAME:Joshua]] (10) attends [[SCHOOL:Our Lady of Lourdes Catholic Primary]]. Modern slavery referral for Mum, but what about him?
Mum's email bounced – I used [[EMAIL:lou.kirkbride@example.com]]. Has anyone got a working one for [[NAME:Louise Kirkbride]]?
Transfer from Glasgow: [[NAME:Kirsty McIlroy]] and [[NAME:Lachlan]] (3) were on the CP register there. The Glasgow SW is [[NAME:Fiona Baird]] on [[PHONE:0141 496 0318]].
[[NAME:DB]] (initials only) told the school counsellor he's been self-harming since his nan died. DOB [[DATE:08/08/2010]], NHS [[NHS:auto-plain]]. Do I still need to ring home?
Sorry if this is a silly question – the guidance mentions a "Was Not Brought" policy. Does that apply to nursery sessions or only to health appointments?
Dad ([[NAME:Mykola Petrenko]]) has fled Kharkiv with [[NAME:Sofiia]] and [[NAME:Maksym]]. The sponsor's address is [[ADDRESS:The Old Forge, Mill Hill Road]], [[POSTCODE:GL7 5NQ]] – the sponsor hasn't had a DBS.
[[NAME:Aaliyah Ogunbanjo]] (Year 9) has been posting self-harm images at [[URL:https://pics.example.net/u/aaliyahxo]]. School IT flagged it this morning.
Can you add [[NAME:Gulalai]]'s NI number to the pathway plan? It's [[NI:HR 57 01 36 B]]. She starts college next week.
[[NAME:Paweł Jaworski]] rang from [[PHONE:01632 960288]] asking for an update on the S47 for [[NAME:Lena]]. He isn't entitled to information – Mum has a non-mol.
[[MENTION:<@U0C4HY81DE>]] reminder that [[NAME:Kwabena Owusu]]'s ICPC is on [[DATE:2025-03-07]] at 10:00 – Dad wants a Twi interpreter.
[[NAME:Roxanne Pugh]] (school nurse, [[EMAIL:roxanne.pugh@example.org]]) needs the consent form back for [[NAME:Tegan]]'s referral to the eating disorder service.
Neighbour reported shouting and a child screaming at [[ADDRESS:Flat 31, Beaumont Tower]], [[POSTCODE:E14 3TY]] around midnight. Police attended – Mum, [[NAME:Nadira]], said it was a nightmare. Any history?
[[NAME:Iona]] is on a CSO in Scotland and has moved down to her dad's at [[ADDRESS:5 Linnet Close]], [[POSTCODE:CA2 7JB]]. Who contacts the Reporter?
Please could [[MENTION:@h.begg]] check NHS no. [[NHS:auto]] against the GP record? The birth notification says [[NAME:Amelie Jane Fitzgerald]] but Mum registered her as [[NAME:Amelie Jane Nolan]].
[[NAME:Sukhmani]] (Year 12, [[SCHOOL:Tividale Khalsa Academy]]) has told her form tutor that her brother checks her phone and won't let her go to the leavers' prom. Honour-based abuse?
Dad says he's moved out but his car is outside [[ADDRESS:12 Ramsden Crescent]] every night. [[NAME:Tammy]] denies it. PC [[NAME:Okoro]] is happy to do a drive-by.
[[NAME:Nabil Basha]] (17) is a UASC in supported lodgings. His NI number, [[NI:YB 20 63 94 A]], came through today – do we keep the letter on file or give it to him?
Minutes from the TAF on [[DATE:31.10.2024]] are on [[URL:https://teams.example.org/sites/eh/taf-minutes]]. [[NAME:Gloria Asamoah]] wasn't at the meeting, so please call her.
The coroner's officer has asked for [[NAME:Rhiannon]]'s school records. Is it ok to send them to [[EMAIL:coroner.officer@example.net]] or do they need a formal request?
Police found [[NAME:Duc Anh Tran]] (says he's 15) sleeping in the back of a nail bar at [[ADDRESS:218 Tannery Parade]], [[POSTCODE:B21 9LQ]]. His phone has one number saved: [[PHONE:07700 900 096]].
Reflecting on yesterday's case review – we all knew a bit and nobody had the whole picture. Is there a way to get health, police and school chronologies into one place before the next review?
"""

# ---------------------------------------------------------------------------
# Identifier-free prose: no names, dates, addresses, numbers or handles.
# ---------------------------------------------------------------------------
PROSE = r"""
The Family Hub runs a Polish-speaking parents' group on Wednesday evenings during term time. Workers should mention it at the end of an Early Help assessment rather than at the start, when families are often still anxious.
Vaisakhi falls in April, and many Sikh families spend the whole day at the gurdwara. An authorised absence for religious observance is not a concern in itself, but the DSL should still follow up any pattern of missed sessions.
When Operation Encompass notifications arrive on a Monday, the key adult should check the weekend log before the register is taken. Children may not want to talk about what happened, and that is their choice.
The LADO has asked schools to stop investigating allegations internally before making contact. A short phone call on the same day is better than a detailed written report sent at the end of the week.
Lunar New Year is a busy time for families running takeaways and restaurants, and older children are often asked to help late into the evening. Staff should be curious rather than judgemental if a pupil in Year 10 seems exhausted in February.
Children's Services have agreed to provide a Tigrinya interpreter for every visit. Using a relative or a member of the community to interpret is not acceptable when the conversation involves trafficking or exploitation.
CAMHS operate a single point of access, and referrals from schools must include the views of the young person. If the young person is over sixteen, their consent is needed unless there is an immediate risk to life.
A Prevent referral is not an accusation, and it does not create a criminal record. The Channel panel meets monthly and includes representatives from the police, education, health and Children's Services.
Staff on the Christmas rota should know how to reach the Emergency Duty Team and the police. The DSL will circulate a contact sheet before the last day of term, and nobody should keep it on a personal phone.
The NSPCC Helpline can give advice to adults who are worried about a child but are not sure what to do. Practitioners should still follow their own agency's procedures and tell their DSL.
Mum speaks Dari and some Pashto, and Dad speaks only Pashto. The social worker has asked the interpreting service to send the same interpreter each time so that the family can build trust.
Hanukkah and Christmas overlap this year, and the Jewish community centre is running a holiday club. The Early Help team can fund places for families who are struggling, and referrals go through the usual form.
Diwali and Bonfire Night often fall close together, and the fire service has asked schools to include firework safety in assemblies. Burns to young children over the autumn half term should still be assessed against the injuries protocol.
Bengali and Sylheti are not the same, and families may understand one far better than the other. Always ask which language the family prefers before booking an interpreter for the Initial Child Protection Conference.
The Youth Justice Service and the Exploitation Team meet every Thursday to review young people at risk of criminal exploitation. Schools can bring a concern to the meeting through the Education Safeguarding Officer.
Private fostering arrangements must be notified to Children's Services, even when the carer is a close family friend. Many parents from West African and Eastern European communities are not aware of this requirement, so explain it gently.
Ofsted inspectors will ask how leaders know that safeguarding training has made a difference. Case examples, audits and conversations with pupils are more convincing than attendance registers from the training sessions.
The Modern Slavery Helpline is open day and night and can take calls in many languages. If a child may be a victim, a referral to the National Referral Mechanism should be made by Children's Services, not by the school.
Ramadan moves earlier each year, and this year it will fall largely in March. Schools should think ahead about exams, sports fixtures and residential trips, and speak to families rather than making assumptions.
Women's Aid and the local domestic abuse service can offer refuge places across the region. The social worker should never share a refuge location with the other parent, their family or their solicitor.
The Easter holidays are a high-risk time for young people who are already missing education. Youth workers will run detached sessions in the town centre on Friday and Saturday evenings and report concerns to the MASH.
The Cafcass guardian has asked for the school's view on contact arrangements. The DSL should answer factually, based on what staff have observed, and avoid giving opinions on matters that are for the court.
Romanian Roma families sometimes move between several local authorities in a short time. Good information sharing with the Children Missing Education team helps prevent children from falling through the gaps.
Deaf parents who use BSL have a right to a qualified interpreter at child protection meetings. A family member who signs should not be asked to interpret, even if the parent says it is fine.
The Home Office has changed its process for age assessments, but local authorities still carry out their own assessments of unaccompanied children. The young person should have an appropriate adult and an interpreter throughout.
CEOP can accept reports directly from children and young people who are worried about online sexual abuse. Staff should show pupils where the reporting button is during Safer Internet Day in February.
The Designated Safeguarding Lead should attend every Initial Child Protection Conference for a pupil, or send a deputy who knows the child well. A written report must be shared with parents before the meeting.
Ukrainian families living with sponsors under the Homes for Ukraine scheme may be reluctant to raise concerns about their hosts. Council resettlement officers visit regularly and will act on information passed on by schools.
Kurdish Sorani and Kurmanji are different dialects, and an interpreter in one may struggle with the other. Check with the family and record the preferred dialect on the case file.
Yom Kippur is a day of fasting, and some older pupils from Orthodox Jewish families will be absent. This is authorised absence and should be recorded correctly on the register.
Half term in October is when many schools notice a drop in attendance among young carers. The Young Carers Service offers a drop-in on Tuesday afternoons and will accept referrals from any practitioner.
The GP surgery has introduced a safeguarding flag for children on a Child Protection Plan. Reception staff are asked to tell the duty doctor if a flagged child is brought in by someone other than the usual carer.
Portuguese and Brazilian families sometimes share a language but not the same services or networks. The community link worker can advise on which organisations families are likely to trust.
Barnardo's runs a specialist service for children affected by sexual exploitation. The service takes referrals from the MASH and works alongside the allocated social worker rather than replacing them.
Orthodox Christmas is celebrated in January by many Eastern European and Ethiopian families. Children may be absent for a day or two, and schools should treat this in the same way as other religious festivals.
The Safeguarding Children Partnership publishes a yearly report on its priorities. This year the focus is on neglect, adolescent exploitation and hearing the voice of children with special educational needs.
Practitioners should not wait for a disclosure before acting on signs of Female Genital Mutilation. The summer holidays are a known risk period, so the DSL should be alerted if a girl mentions a special ceremony or a long trip abroad.
The Early Help assessment should be written with the family, in language they understand. Avoid jargon such as threshold, escalation and step down unless it is explained in plain English.
Health visitors in Bradford and Leeds have noticed more families living in overcrowded temporary accommodation. Safe sleep advice must be adapted when a baby shares a room with several adults.
Cantonese-speaking families who arrived from Hong Kong may be unfamiliar with the role of a social worker. A clear explanation of what Children's Services do, and what they do not do, can make a big difference.
Navratri lasts nine nights, and some pupils will attend dances late into the evening. Tiredness during that week should be seen in context, and the DSL does not need to be informed unless there are other concerns.
The Child Abuse Investigation Team will usually lead where a crime may have been committed. Children's Services remain responsible for assessing the child's needs and keeping them safe while the police investigate.
Makaton and symbol boards should be available when speaking to a child with communication difficulties. A child who cannot speak can still make a disclosure, and staff should take every attempt at communication seriously.
Passover and Easter both fall in the spring, and some families will travel to see relatives. Schools should remind parents about term-time absence rules without suggesting that religious observance is a safeguarding issue.
The Independent Reviewing Officer chairs reviews for children in care and checks that the care plan is working. If the child wants to speak privately with the reviewing officer, this should be arranged before the meeting.
A Section 17 assessment can lead to practical help with food, fuel and clothing. It can also open the door to specialist services, such as short breaks for disabled children and their families.
Saturday football clubs, mosques, churches and gurdwaras all have safeguarding responsibilities. The Local Authority Designated Officer can advise out-of-school settings when an allegation is made against a volunteer.
Yoruba and Igbo families may prefer a professional from outside their own community because of worries about privacy. Ask the family what they would like and respect their wishes wherever possible.
The Sunday evening shift at the children's home is often when young people go missing. Staff should complete the missing protocol promptly, call the police, and notify the social worker first thing on Monday.
Welsh-medium schools should provide safeguarding information in both Welsh and English. Parents have the right to take part in child protection meetings in Welsh, and translation should be arranged in advance.
"""

SPEC = ct.holdout_spec(2, "h", "q", nhs_seed=20250314, known_parity=1)

if __name__ == "__main__":
    sys.exit(ct.main(SPEC, CORPUS, PROSE))

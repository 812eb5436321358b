async def test_dm_starts_decision(alice):
    await alice.say("hi")
    assert alice.current_question() == "emergency"
    await alice.answer("emergency", "no")
    assert alice.current_question() == "allegation"

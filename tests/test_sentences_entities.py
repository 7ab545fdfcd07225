"""Sentence splitting with offsets, and proper-name mentions in a sentence."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import Extractor
from factcheck.extract.entities import find_names
from factcheck.extract.sentences import INNER_PERIOD, mask_inner_periods, split_sentences
from factcheck.model import Document
from factcheck.rulepack import load_rulepack


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def names(text: str, lowercase: frozenset[str] = frozenset()) -> list[str]:
    return [m.name for m in find_names(text, 0, len(text), lowercase)]


def mentions(text: str):
    return find_names(text, 0, len(text))


# --- split_sentences --------------------------------------------------------------------------------

def test_splits_plain_sentences():
    assert sentences("Acme grew. Borealis shrank! Did Trellis Labs stall? Nobody knows.") == [
        "Acme grew.", "Borealis shrank!", "Did Trellis Labs stall?", "Nobody knows."]


@pytest.mark.parametrize("text", [
    "Mr. Pellow joined Acme last spring.",
    "The U.S. office of Borealis opened on a Monday.",
    "Trellis Labs shipped its first kit on Jan. 5 in a small batch.",
    "Dr. Ada Quill and Prof. Ivo Marr wrote it, e.g. the second chapter.",
    "Ona Vetch joined Acme Inc. in 2020 as a tester.",
])
def test_abbreviations_stay_inside_the_sentence(text):
    assert sentences(text) == [text]


def test_abbreviations_inside_then_a_real_boundary():
    text = "Mr. Pellow met the U.S. team on Jan. 5 at noon. He left early."
    assert sentences(text) == ["Mr. Pellow met the U.S. team on Jan. 5 at noon.", "He left early."]


def test_single_initial_does_not_end_a_sentence():
    assert sentences("Quorra J. Dyne founded Borealis. It grew.") == ["Quorra J. Dyne founded Borealis.", "It grew."]


def test_a_letter_that_labels_a_round_may_end_a_sentence():
    assert sentences("Dovan Capital led a $40 million Series B. Quorra Ventures put in $9 million.") == [
        "Dovan Capital led a $40 million Series B.", "Quorra Ventures put in $9 million."]


def test_decimal_point_does_not_split():
    assert sentences("Prices rose 2.5 percent. Then they fell.") == ["Prices rose 2.5 percent.", "Then they fell."]


def test_line_break_always_ends_a_sentence():
    text = "Acme Quarterly Notes\nAcme grew in spring\n\n  Borealis shrank.  \nTrellis Labs waited"
    assert sentences(text) == ["Acme Quarterly Notes", "Acme grew in spring", "Borealis shrank.", "Trellis Labs waited"]


def test_line_break_after_an_abbreviation_still_splits():
    assert sentences("She moved to the U.S.\nHe stayed.") == ["She moved to the U.S.", "He stayed."]


def test_quote_after_the_period_belongs_to_the_sentence():
    assert sentences('"It works." She agreed.') == ['"It works."', "She agreed."]


def test_a_possessive_before_the_period_is_no_initial():
    assert sentences("Clara Pettigrew runs Pettigrew's. When a store shuts, it hurts. Quorra J. Dyne left.") == [
        "Clara Pettigrew runs Pettigrew's.", "When a store shuts, it hurts.", "Quorra J. Dyne left."]


def test_markdown_emphasis_around_a_boundary_belongs_to_its_sentence():
    assert sentences("**The structure.** The bridge opened in 1987. _Costs._ **It** cost more.") == [
        "**The structure.**", "The bridge opened in 1987.", "_Costs._", "**It** cost more."]


def test_offsets_index_the_original_text_and_are_trimmed():
    text = "  Acme grew.   Borealis shrank.\n\n\nTrellis waited.  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Acme grew.", "Borealis shrank.", "Trellis waited."]
    for s, e in spans:
        assert not text[s].isspace() and not text[e - 1].isspace()
    assert spans == sorted(spans)


def test_empty_and_blank_text_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences("  \n\n \t") == []


# --- periods inside a sentence --------------------------------------------------------------------------

def test_a_period_inside_a_sentence_is_masked_and_the_one_that_ends_it_is_not():
    text = "Acme Inc. paid $1.5 million to Mr. Pellow at 9 a.m. on Monday. The U.S. unit grew."
    masked = mask_inner_periods(text, split_sentences(text))
    assert masked == ("Acme Inc\u2024 paid $1.5 million to Mr\u2024 Pellow at 9 a\u2024m\u2024 on Monday. "
                      "The U\u2024S\u2024 unit grew.")
    assert masked.replace(INNER_PERIOD, ".") == text


def test_a_period_before_a_capital_is_masked_only_after_a_title_or_an_initial():
    text = "It went to Acme Inc. Shares rose at 3 a.m. Ruark said so. Dr. Ruth Mbeki met Quorra J. Dyne."
    masked = mask_inner_periods(text, split_sentences(text))
    assert "Inc. Shares" in masked and "a\u2024m. Ruark" in masked
    assert "Dr\u2024 Ruth" in masked and "J\u2024 Dyne" in masked


def test_a_text_that_already_has_the_mask_character_is_left_as_it_is():
    text = "Acme Inc. paid \u2024 $3 to Mr. Pellow."
    assert mask_inner_periods(text, split_sentences(text)) == text


def test_facts_and_names_read_the_periods_the_text_has():
    text = "Walbrook Cider Co. agreed to buy Tidemark Inc. for $86 million, Mr. Pellow said."
    found = Extractor(load_rulepack().attributes).extract(Document(id="d", path="d", text=text, published=date(2026, 3, 2)))
    (fact,) = [f for f in found.facts if f.text == "$86 million"]
    assert (fact.entity, fact.object, fact.sentence) == ("Walbrook Cider Co", "Tidemark Inc", text)
    assert not any(INNER_PERIOD in name for name in found.names)


# --- find_names --------------------------------------------------------------------------------------

def test_multiword_names():
    assert names("Later Ona Vetch met Quorra Dyne at Trellis Labs.") == ["Ona Vetch", "Quorra Dyne", "Trellis Labs"]


def test_names_may_start_with_an_accented_capital():
    assert names("His son, Íñigo Etxalde, met Émile Zorn, Łukasz Wiśniewski and Øystein Brekke at Ölund Øst.") == [
        "Íñigo Etxalde", "Émile Zorn", "Łukasz Wiśniewski", "Øystein Brekke", "Ölund Øst"]


def test_connector_words_join_a_name():
    assert names("She joined Halvard Institute of Technology last year.") == ["Halvard Institute of Technology"]


def test_list_of_names_split_at_punctuation_and_and():
    assert names("Acme, Borealis and Trellis signed.") == ["Acme", "Borealis", "Trellis"]


def test_one_body_named_for_two_things_is_one_name():
    assert names("The Lakes and Rivers Agency paid, and Velm and Orsk Health Trust cut jobs.") == [
        "Lakes and Rivers Agency", "Velm and Orsk Health Trust"]
    assert names("Vantel and Kestrel Mobile agreed.") == ["Vantel", "Kestrel Mobile"]


def test_a_body_named_for_its_members_is_one_name():
    assert names("Brenac Vintners' Cooperative and the Portside Workers\u2019 Alliance met.") == [
        "Brenac Vintners' Cooperative", "Portside Workers\u2019 Alliance"]
    found = mentions("Orbelle Technologies' Tessel 7 sold.")  # a plural's possessive before a product stays apart
    assert [(m.name, m.possessive) for m in found] == [("Orbelle Technologies", True), ("Tessel 7", False)]


def test_a_possessive_that_opens_an_institution_name_keeps_it_whole():
    assert names("The wing at St Orla's Children's Hospital and at Bram's Infirmary opened; Kett's Hospital paid.") == [
        "St Orla's Children's Hospital", "Bram", "Infirmary", "Kett's Hospital"]
    found = mentions("Vella's Children's fund grew.")  # two possessives with no institution after stay apart
    assert [(m.name, m.possessive) for m in found] == [("Vella", True), ("Children", True)]


def test_a_demonym_before_a_common_noun_is_no_name():
    assert names("The German collector Otto Brammer met the Mexican envoy and the Kenyan runner.") == ["Otto Brammer"]


def test_a_title_in_quotes_keeps_its_small_words():
    assert names('"Evening Ferry at Sundholm" went to Mara Bell, and \u201cA Night in Vellmar\u201d to Ostberg Library.') == [
        "Evening Ferry at Sundholm", "Mara Bell", "A Night in Vellmar", "Ostberg Library"]


def test_possessive_straight_apostrophe():
    (m,) = mentions("Meta's new lab opened.")
    assert (m.name, m.possessive) == ("Meta", True)


def test_possessive_curly_apostrophe():
    (m,) = mentions("Meta\u2019s new lab opened.")
    assert (m.name, m.possessive) == ("Meta", True)


def test_multiword_possessive():
    (m,) = mentions("They praised Scale AI\u2019s valuation.")
    assert (m.name, m.possessive) == ("Scale AI", True)


def test_possessive_ends_the_name():
    found = mentions("Meta's Alexandr Wang spoke.")
    assert [(m.name, m.possessive) for m in found] == [("Meta", True), ("Alexandr Wang", False)]


def test_non_possessive_is_flagged_false():
    (m,) = mentions("He met Ona Vetch.")
    assert (m.name, m.possessive) == ("Ona Vetch", False)


def test_offsets_cover_the_name_without_possessive_or_period():
    text = "First sentence here. Later they met Borealis\u2019s founder, Ona Vetch."
    start = text.index("Later")
    found = find_names(text, start, len(text))
    assert [(m.name, text[m.start:m.end]) for m in found] == [("Borealis", "Borealis"), ("Ona Vetch", "Ona Vetch")]


def test_only_the_given_range_is_searched():
    text = "Acme grew. Borealis shrank."
    start = text.index("Borealis")
    assert [m.name for m in find_names(text, start, len(text))] == ["Borealis"]
    assert [m.name for m in find_names(text, 0, start)] == ["Acme"]


def test_role_word_splits_off_the_person():
    assert names("CEO Mark Zuckerberg said little.") == ["Mark Zuckerberg"]


def test_role_word_between_organization_and_person():
    assert names("Borealis CEO Ona Vetch spoke.") == ["Borealis", "Ona Vetch"]


@pytest.mark.parametrize("role", ["Chief Executive", "President", "Founder", "Dr.", "Mr."])
def test_title_case_roles_are_not_part_of_the_name(role):
    assert names(f"Yesterday {role} Quorra Dyne spoke.") == ["Quorra Dyne"]


@pytest.mark.parametrize("text,expected", [
    ("The Borealis Group hired staff.", ["Borealis Group"]),
    ("However, Trellis Labs grew.", ["Trellis Labs"]),
    ("In March Quorra Dyne joined Acme.", ["Quorra Dyne", "Acme"]),
    ("According to Ona Vetch, sales fell.", ["Ona Vetch"]),
    ("This week Acme said so.", ["Acme"]),
    ("Friends said Quorra Dyne had been ill.", ["Quorra Dyne"]),  # people by their tie, not by name
    ("Creditors have objected to Acme's plan.", ["Acme"]),
    ("Caretaker Ellis Quarrie, 41, is unbeaten.", ["Ellis Quarrie"]),  # a role's qualifier, not a first name
    ("Interim boss Ellis Quarrie spoke.", ["Ellis Quarrie"]),
])
def test_sentence_initial_function_words_are_dropped(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tessel Bank was rescued with backing from the Valtrenian state.", ["Tessel Bank"]),
    ("The Dalmish government paid Orrel Grid.", ["Orrel Grid"]),
    ("A Norvegian carrier bought Tessel Air.", ["Tessel Air"]),
    ("Norwegian Air Shuttle flew to Oslo.", ["Norwegian Air Shuttle", "Oslo"]),  # a name that starts with one
    ("Julian Marsh met the Vattenish Group.", ["Julian Marsh", "Vattenish Group"]),
])
def test_a_word_for_a_people_before_a_common_noun_is_no_name(text, expected):
    assert names(text) == expected


def test_function_word_mid_sentence_is_not_special():
    # "The" only stops a name at the start of a sentence; elsewhere it is lowercase anyway.
    assert names("They visited The Hague office.") == ["The Hague"]


def test_sentence_initial_word_used_in_lowercase_elsewhere_is_not_a_name():
    assert names("Tolls rose sharply.", frozenset({"tolls"})) == []
    assert names("Tolls rose sharply.") == ["Tolls"]
    assert names("Shares rose sharply.") == []  # a figure's noun opening a sentence is never a name


def test_product_names_keep_their_numbers():
    assert names("Acme released Llama 4 and Falcon 2.5 in May.") == ["Acme", "Llama 4", "Falcon 2.5"]


def test_bare_numbers_are_not_names():
    assert names("In 2025 about 300 people joined.") == []


def test_months_weekdays_and_ignored_acronyms_are_not_names():
    assert names("On Monday in November the AI team met the CEO.") == []


def test_pronouns_that_refer_back_to_a_person_are_recorded():
    import datetime as dt

    from factcheck.extract import Extractor
    from factcheck.model import Document
    from factcheck.rulepack import load_rulepack

    text = ("Union president Ada Quill, 54, spoke on Monday. Finance chair Tom Reyes said he was open to talks. "
            "Quill, 54, said it would not settle anything. \"We need a number,\" she said.")
    found = Extractor(load_rulepack().attributes).extract(Document(id="d", path="d", text=text, published=dt.date(2025, 10, 6)))
    assert (text.index("Tom Reyes"), "Tom Reyes", "he") in found.pronouns
    assert (text.index("Quill, 54, said"), "Quill", "she") in found.pronouns
    assert not any(name == "Ada Quill" for _, name, _ in found.pronouns)  # another person is named first


def test_a_possessive_that_opens_a_place_name_is_part_of_it():
    assert names("Staff at Orrin Labs met on Tanner's Lane near St Bride's Church.") == \
        ["Staff", "Orrin Labs", "Tanner's Lane", "St Bride's Church"]


def test_a_possessive_before_another_name_still_ends_the_name():
    assert [(m.name, m.possessive) for m in mentions("Meta's Alexandr Wang spoke on Lane Street.")][:2] == \
        [("Meta", True), ("Alexandr Wang", False)]


def test_an_organization_named_after_its_age_is_no_person():
    text = "Pelerin will buy Sundale Air. The 39-year-old Sundale Air will disappear. Ona Vetch, 40, runs it."
    found = Extractor(load_rulepack().attributes).extract(Document(id="d", path="d", text=text, published=date(2026, 3, 2)))
    assert "Sundale Air" not in found.persons
    assert "Ona Vetch" in found.persons


def test_a_pronoun_inside_quoted_speech_does_not_tell_the_speakers_sex():
    text = ('Maëlle Serrat was pruning vines. "My father did not believe it," said Serrat, 34. "He is still not sure."\n'
            "Her father, Joost Serrat, 67, voted against.")
    found = Extractor(load_rulepack().attributes).extract(Document(id="d", path="d", text=text, published=date(2026, 3, 2)))
    assert not [p for p in found.pronouns if p[1] == "Serrat" and p[2] == "he"]


def test_a_common_word_opening_a_sentence_is_no_name_when_the_corpus_writes_it_in_lowercase():
    from factcheck.extract import common_words
    text = "Half the street worked at the Orlen mill, which employed 300 people. Tessaly Foods bought it in 2019."
    doc = Document(id="d", path="d", text=text, published=date(2026, 3, 2))
    corpus = common_words([text, "About half of the town's homes lost power on Monday."])
    assert "half" in corpus and "Tessaly" not in corpus and "tessaly" not in corpus
    assert "Half" in Extractor(load_rulepack().attributes).extract(doc).names  # this document alone: a name, maybe
    found = Extractor(load_rulepack().attributes, corpus).extract(doc)
    assert "Half" not in found.names and "Tessaly Foods" in found.names


def test_a_one_word_name_the_document_repeats_stays_a_name_though_a_common_word():
    text = "Harbour raised its fares on Monday. The ferry operator said Harbour would add two crossings."
    found = Extractor(load_rulepack().attributes, frozenset({"harbour"})).extract(
        Document(id="d", path="d", text=text, published=date(2026, 3, 2)))
    assert "Harbour" in found.names


def test_a_newspaper_with_an_age_beyond_any_persons_is_no_person():
    text = ("The Corrabridge Herald, the 142-year-old daily owned by Tarnmoor Media Group, began charging readers on Monday. "
            "Editor Fiona Caldbeck, 46, said the aim was 15,000 subscribers.")
    found = Extractor(load_rulepack().attributes).extract(Document(id="d", path="d", text=text, published=date(2026, 9, 7)))
    assert "Corrabridge Herald" not in found.persons and "Fiona Caldbeck" in found.persons


@pytest.mark.parametrize("text, step", [
    ("The drug failed in a Phase 3 trial, the company said.", "Phase 3"),
    ("Cyclone Orla, a Category 4 storm, made landfall on Sunday.", "Category 4"),
    ("The card in Room 12 says the painting was stolen.", "Room 12"),
    ("Riders were held at Stage II of the race.", "Stage II"),
])
def test_a_numbered_step_grade_or_room_is_no_name(text, step):
    assert step not in names(text)


def test_a_word_in_ship_opening_a_sentence_is_no_name():
    assert names("Ridership has recovered to 31 million journeys at Drumlevin Buses.") == ["Drumlevin Buses"]
    assert "Kestrel Partnership" in names("Kestrel Partnership said on Monday it had won the contract.")


def test_a_name_inside_a_quotation_is_no_person_for_the_she_of_the_next_sentence():
    text = ("Lustrelle Cosmetics listed on Friday; Silvanne Beauty did so in 2024. \"Beauty is not immune to a slowdown,\" "
            "said Ines Tavernholt, an analyst. She noted that sales growth slowed. Nadia Qureshi runs the sale. "
            "\"The business is sound,\" Qureshi said. "
            "She said a sale was likely.")
    found = Extractor(load_rulepack().attributes).extract(Document(id="d", path="d", text=text, published=date(2026, 3, 2)))
    assert "Beauty" not in found.persons and "Silvanne Beauty" not in found.persons
    assert "Qureshi" in found.persons  # the speaker after the quotation is the "she" that follows


def test_a_name_right_after_an_age_is_a_person_whom_it_never_stands_for():
    text = ("Harwell Capital paid $40 million for 38 percent of Tavrin Foods in 2022. Now the chain is insolvent, and the "
            "54-year-old Tomás Arriaga-Velde faces losing everything. It had 34 restaurants last summer.")
    found = Extractor(load_rulepack().attributes).extract(Document(id="d", path="d", text=text, published=date(2026, 3, 2)))
    (fact,) = [f for f in found.facts if f.text == "34 restaurants"]
    assert fact.attribute == "stores" and fact.entity != "Tomás Arriaga-Velde"

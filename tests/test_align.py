"""Alignment: entity resolution across documents and subject keys."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from factcheck import Settings
from factcheck.align import NameSet, align, resolver, stories
from factcheck.model import Fact, Quantity
from factcheck.pipeline import collect_facts
from factcheck.rulepack import load_rulepack

_ids = itertools.count()


def fact(entity, attribute="investment", obj=None, *, kind="money", doc="a.md", why="cue 'invested'", amount=2e9) -> Fact:
    """A hand-made fact; only the fields alignment reads matter."""
    start = next(_ids) * 10
    if kind == "age":
        quantity = Quantity("age", "year", 28.0, 28.0, 28.0)
    else:
        quantity = Quantity("money", "USD", amount, amount * 0.75, amount * 1.25, step=amount / 2)
    return Fact(id=f"{doc}:{start}", document=doc, start=start, end=start + 10, line=1, column=start + 1,
                text="$2 billion", sentence="An invented sentence.", kind=kind, quantity=quantity,
                entity=entity, attribute=attribute, object=obj, why=why)


def canonical(names, aliases=None) -> dict[str, str]:
    return {name: target for name, (target, _) in resolver(names, aliases or {}).items()}


# --- surnames and short forms ----------------------------------------------------------------------

def test_name_set_finds_the_names_a_word_begins_or_ends_and_names_by_initials():
    names = NameSet(["Alexandr Wang", "Wang Holdings", "Scale AI", "Brennholm Container Terminals", "Lin Wang Mei"])
    assert names.edged("Wang") == ["Alexandr Wang", "Wang Holdings"]  # not "Lin Wang Mei", where it is in the middle
    assert names.edged("Scale") == ["Scale AI"] and names.edged("Meta") == []
    assert names.with_initials("BCT") == ["Brennholm Container Terminals"] and names.with_initials("XY") == []
    assert "Scale AI" in names and len(names) == 5


def test_resolving_thousands_of_names_gives_each_its_full_name():
    people = [f"Person{i} Surname{i}" for i in range(3000)]
    mapping = resolver(people + [f"Surname{i}" for i in range(3000)], {})
    assert all(mapping[f"Surname{i}"][0] == f"Person{i} Surname{i}" for i in range(3000))

def test_surname_resolved_to_the_only_full_name():
    mapping = resolver(["Alexandr Wang", "Wang", "Wang"], {})
    assert mapping["Wang"][0] == "Alexandr Wang"
    assert "Wang" in mapping["Wang"][1]
    assert "Alexandr Wang" not in mapping


def test_surname_resolution_in_align_sets_entity_subject_and_why():
    facts = align([fact("Wang", "age", kind="age")], names=["Alexandr Wang"])
    (f,) = facts
    assert f.entity == "Alexandr Wang"
    assert f.subject == "Alexandr Wang / age"
    assert "'Wang' read as Alexandr Wang" in f.why
    assert f.why.startswith("cue 'invested'")


def test_shared_surname_is_not_merged_into_either_person():
    mapping = canonical(["Maria Chen", "David Chen", "Chen", "Chen"])
    assert "Chen" not in mapping
    assert "Maria Chen" not in mapping and "David Chen" not in mapping


def test_shared_surname_stays_its_own_subject_in_align():
    facts = align([fact("Chen", "age", kind="age"), fact("Maria Chen", "age", kind="age"),
                   fact("David Chen", "age", kind="age")])
    # "Chen" alone could be either: it is left unplaced rather than guessed.
    assert [f.subject for f in facts] == [None, "Maria Chen / age", "David Chen / age"]
    assert "could be David Chen or Maria Chen" in facts[0].why


def test_surname_after_spelling_variants_merge_is_still_unique():
    # "Alexander Wang" is a misspelling of "Alexandr Wang": once merged there is one Wang.
    mapping = canonical(["Alexandr Wang", "Alexandr Wang", "Alexander Wang", "Wang"])
    assert mapping["Alexander Wang"] == "Alexandr Wang"
    assert mapping.get("Wang") == "Alexandr Wang"


def test_company_short_form_before_suffix():
    assert canonical(["Scale AI", "Scale"]) == {"Scale": "Scale AI"}


def test_a_possessive_alone_is_the_one_institution_named_for_it():
    assert canonical(["St Orla's Children's Hospital", "St Orla"]) == {"St Orla": "St Orla's Children's Hospital"}
    # two institutions named for one saint, or a road named for a person: left as they are
    assert canonical(["St Orla's Hospital", "St Orla's College", "St Orla"]) == {}
    assert canonical(["Weaver's Lane", "Weaver"]) == {}


def test_short_form_is_not_merged_into_a_longer_non_suffix_name():
    mapping = canonical(["Meta", "Meta Superintelligence Labs", "Meta"])
    assert "Meta" not in mapping
    assert "Meta Superintelligence Labs" not in mapping


def test_a_one_word_name_is_the_only_two_word_name_it_begins_in_the_corpus():
    # one document writes "Copperleaf Coffee", another only "Copperleaf"
    mapping = canonical(["Copperleaf Coffee", "Copperleaf", "Bellhaven", "Greyhollow Partners"])
    assert mapping["Copperleaf"] == "Copperleaf Coffee"


def test_a_one_word_name_is_the_only_three_word_company_name_it_begins():
    # one document writes "Tallowfield Coffee Company", another only "Tallowfield"
    mapping = canonical(["Tallowfield Coffee Company", "Tallowfield", "Marlowe Toys Group", "Marlowe", "Port Ellery"])
    assert mapping["Tallowfield"] == "Tallowfield Coffee Company"
    assert mapping["Marlowe"] == "Marlowe Toys Group"
    # a country with the state's railway named after it, or a place two companies are named after: left as they are
    assert "Lennmark" not in canonical(["Lennmark State Railways", "Lennmark"])
    assert "Ostby" not in canonical(["Ostby Paper Company", "Ostby Harbour Group", "Ostby"])


def test_a_one_word_name_beginning_two_longer_names_stays_itself():
    # "Kesterford" is a place two bodies are named after, not either of them
    mapping = canonical(["Kesterford General", "Kesterford Regional Health Service", "Kesterford"])
    assert "Kesterford" not in mapping


def test_an_acronym_is_the_one_name_with_its_initials():
    mapping = canonical(["Brennholm Container Terminals", "BCT", "Lanmark Competition Authority", "LCA", "Orla Telecom"])
    assert mapping["BCT"] == "Brennholm Container Terminals"
    assert mapping["LCA"] == "Lanmark Competition Authority"


def test_an_acronym_two_names_share_stays_itself():
    mapping = canonical(["Brennholm Container Terminals", "Baltic Cargo Transport", "BCT", "OT"])
    assert "BCT" not in mapping and "OT" not in mapping


def test_a_name_without_what_it_is_of_is_the_longer_name():
    mapping = canonical(["Brantholm Museum of Natural History", "Brantholm Museum", "Marlowe Broadcasting Corporation",
                         "Marlowe Broadcasting"])
    assert mapping["Brantholm Museum"] == "Brantholm Museum of Natural History"
    assert mapping["Marlowe Broadcasting"] == "Marlowe Broadcasting Corporation"


def test_a_name_without_what_it_is_for_is_the_longer_name():
    mapping = canonical(["Ostrander Institute for Ocean Biology", "Ostrander Institute", "Kelvane Centre for Rare Diseases",
                         "Kelvane Centre for Sleep Medicine", "Kelvane Centre"])
    assert mapping["Ostrander Institute"] == "Ostrander Institute for Ocean Biology"
    assert "Kelvane Centre" not in mapping  # two centres it may be short for


def test_a_name_two_longer_names_are_of_stays_itself():
    mapping = canonical(["Bank of Lendria", "Bank of Orvia", "Ostrel Museum of Art", "Ostrel Museum of Science", "Ostrel Museum"])
    assert "Ostrel Museum" not in mapping


def test_a_name_without_company_is_the_company():
    mapping = canonical(["Varrow Crossing Company", "Varrow Crossing", "Varrow Crossing"])
    assert mapping["Varrow Crossing"] == "Varrow Crossing Company"


def test_meta_and_its_lab_remain_separate_subjects():
    facts = align([fact("Meta", obj="Scale AI"), fact("Meta Superintelligence Labs", "headcount", kind="count")])
    assert facts[0].subject == "Meta \u2192 Scale AI / investment"
    assert facts[1].subject == "Meta Superintelligence Labs / headcount"


def test_short_form_before_a_suffix_wins_over_a_product_of_the_same_name():
    assert canonical(["Lumenar Systems", "Lumenar Halo", "Lumenar"]) == {"Lumenar": "Lumenar Systems"}


def test_short_form_shared_by_a_surname_and_a_company_stays_unsettled():
    assert "Marrowby" not in canonical(["Edwin Marrowby", "Marrowby Appliances", "Marrowby"])


def test_a_name_without_its_company_suffix_is_the_company():
    mapping = canonical(["Bellhaven Grill Group", "Bellhaven Grill", "Quillon Media", "Quillon Media Group", "Quillon Media Labs"])
    assert mapping["Bellhaven Grill"] == "Bellhaven Grill Group"
    assert "Quillon Media" not in mapping  # two longer names: either could be meant


def test_a_name_without_its_legal_form_is_the_company():
    mapping = canonical(["Tollaksen Line ASA", "Tollaksen Line", "Verdanne Pharma SE", "Verdanne Pharma", "Haldmark Hydro AS",
                         "Haldmark Hydro"])
    assert mapping["Tollaksen Line"] == "Tollaksen Line ASA"
    assert mapping["Verdanne Pharma"] == "Verdanne Pharma SE"
    assert mapping["Haldmark Hydro"] == "Haldmark Hydro AS"
    # two registered companies of that name: either could be meant
    assert "Kvaldrum Pelagic" not in canonical(["Kvaldrum Pelagic AS", "Kvaldrum Pelagic ASA", "Kvaldrum Pelagic"])


def test_a_company_written_with_its_legal_form_wins_over_its_units():
    # in one document: "Fjordlyn" is the airline, not its maintenance unit Fjordlyn Technics
    names = {"a.md": {"Fjordlyn Air AS", "Fjordlyn Technics", "Fjordlyn"}}
    facts = align([fact("Fjordlyn", "headcount", kind="count", doc="a.md")], names=names)
    assert facts[0].subject == "Fjordlyn Air AS / headcount"
    # but a name before company suffixes still comes first: "Ventisca" is not its local unit Ventisca Quenaria SA
    names = {"a.md": {"Ventisca Mining Corp", "Ventisca Quenaria SA", "Ventisca"}}
    facts = align([fact("Ventisca", "headcount", kind="count", doc="a.md")], names=names)
    assert facts[0].subject == "Ventisca Mining Corp / headcount"


def test_a_document_naming_only_a_brand_reads_the_bare_name_as_the_corpus_company():
    names = {"a.md": {"Pellmore Local", "Pellmore"}, "b.md": {"Pellmore Foods plc", "Quenby Stores"}}
    facts = align([fact("Pellmore", "stores", kind="count", doc="a.md"),
                   fact("Pellmore Foods plc", "stores", kind="count", doc="b.md")], names=names)
    assert facts[0].subject == facts[1].subject == "Pellmore Foods plc / stores"
    # with no company of that name elsewhere, the document's own longer name stands
    alone = align([fact("Pellmore", "stores", kind="count", doc="a.md")], names={"a.md": {"Pellmore Local", "Pellmore"}})
    assert alone[0].subject == "Pellmore Local / stores"


def test_a_founders_surname_is_the_company_for_a_figure_only_an_organization_has():
    names = {"a.md": {"Royce Bellhaven", "Bellhaven", "Bellhaven Grill Group", "Greyhollow Partners"}}
    facts = align([fact("Bellhaven", "revenue", doc="a.md"), fact("Bellhaven", "age", kind="age", doc="a.md"),
                   fact("Greyhollow Partners", "price", "Bellhaven", doc="a.md")],
                  names=names, persons={"Royce Bellhaven"}, corporate=frozenset({"revenue"}), relations=frozenset({"price"}))
    assert facts[0].subject == "Bellhaven Grill Group / revenue"
    assert "only an organization has a revenue" in facts[0].why
    assert facts[1].subject == "Royce Bellhaven / age"
    assert facts[2].subject == "Greyhollow Partners → Bellhaven Grill Group / price"


def test_a_family_surname_is_the_corpus_company_of_that_name_when_its_document_names_only_the_family():
    names = {"a.md": {"Ada Castlow", "Tom Castlow", "Castlow", "Castlow family"},
             "b.md": {"Castlow Stores", "Dunvale Foods"}}
    facts = align([fact("Castlow", "profit", doc="a.md"), fact("Castlow Stores", "profit", doc="b.md"),
                   fact("Castlow", "age", kind="age", doc="a.md")],
                  names=names, persons={"Ada Castlow", "Tom Castlow"}, corporate=frozenset({"profit"}))
    assert facts[0].subject == facts[1].subject == "Castlow Stores / profit"
    assert facts[2].subject != "Castlow Stores / age"


def test_a_family_surname_with_no_company_of_its_name_is_no_person_for_a_company_figure():
    names = {"a.md": {"Ada Castlow", "Tom Castlow", "Castlow"}}
    facts = align([fact("Castlow", "profit", doc="a.md")], names=names, persons={"Ada Castlow", "Tom Castlow"},
                  corporate=frozenset({"profit"}))
    assert facts[0].subject == "Castlow / profit"


def test_a_name_left_between_a_founder_and_companies_is_the_company_the_corpus_names_most_for_a_company_figure():
    names = {"a.md": {"Walter Coldridge", "Coldridge"},
             "b.md": {"Coldridge Engineering Group"}, "c.md": {"Coldridge Engineering Group", "Coldridge Arms"}}
    facts = align([fact("Coldridge", "revenue", doc="a.md"), fact("Coldridge Engineering Group", "revenue", doc="b.md")],
                  names=names, persons={"Walter Coldridge"}, corporate=frozenset({"revenue"}),
                  mentions={"Coldridge Engineering Group": 6, "Coldridge Arms": 1, "Walter Coldridge": 1, "Coldridge": 3})
    assert facts[0].subject == facts[1].subject == "Coldridge Engineering Group / revenue"


def test_a_surname_a_firm_is_named_after_is_the_person_for_a_figure_only_a_person_has():
    names = {"a.md": {"Bertram Hume", "Hume Maritime", "Hume"}}
    facts = align([fact("Hume", "death", kind="date", doc="a.md"), fact("Hume", "revenue", doc="a.md")],
                  names=names, persons={"Bertram Hume"}, first_seen={"a.md": {"Hume Maritime": 10, "Bertram Hume": 40, "Hume": 90}},
                  corporate=frozenset({"revenue"}))
    assert facts[0].subject == "Bertram Hume / death"
    assert "only a person has a death" in facts[0].why
    assert facts[1].subject == "Hume Maritime / revenue"


def test_short_form_after_the_full_name_in_a_document_is_that_name():
    facts = align([fact("Corrisk", "headcount", kind="count", doc="a.md"), fact("Meta", "headcount", kind="count", doc="b.md")],
                  first_seen={"a.md": {"Corrisk Ferry Lines": 10, "Corrisk": 80},
                              "b.md": {"Meta": 5, "Meta Superintelligence Labs": 60}})
    assert facts[0].subject == "Corrisk Ferry Lines / headcount"
    assert "in full before it" in facts[0].why
    assert facts[1].subject == "Meta / headcount"  # written before its lab's name: its own name


def test_a_clubs_last_word_stands_for_the_club():
    assert canonical(["Kelsworth Wanderers", "Wanderers"]) == {"Wanderers": "Kelsworth Wanderers"}


def test_company_suffix_is_not_a_short_form():
    # "Labs" alone is the last word of a name, but a company suffix is not a surname.
    assert canonical(["Trellis Labs", "Labs"]) == {}


def test_first_word_of_a_person_name_is_not_a_short_form():
    # the people the extraction found are known: "Ona" is not the corpus's one two-word name beginning with it
    names = ["Ona Vetch", "Ona"]
    assert {n: t for n, (t, _) in resolver(names, {}, frozenset({"Ona Vetch"})).items()} == {}


def test_a_title_before_a_persons_name_is_not_part_of_it():
    # "Skipper Tom Aldous, 54," in one report, "Tom Aldous, 55," in another: one person
    people = frozenset({"Skipper Tom Aldous", "Tom Aldous", "State Sen. Felix Ambrose", "Felix Ambrose"})
    names = ["Skipper Tom Aldous", "Tom Aldous", "State Sen. Felix Ambrose", "Felix Ambrose", "Port Anaru", "Anaru"]
    mapping = {n: t for n, (t, _) in resolver(names, {}, people).items()}
    assert mapping["Skipper Tom Aldous"] == "Tom Aldous"
    assert mapping["State Sen. Felix Ambrose"] == "Felix Ambrose"
    facts = align([fact("Skipper Tom Aldous", "age", kind="age"), fact("Tom Aldous", "age", kind="age")], persons=people)
    assert {f.subject for f in facts} == {"Tom Aldous / age"}
    assert "after the words before it" in facts[0].why


def test_a_longer_name_is_kept_when_its_end_is_no_one_named_alone():
    # "Mary Ellen Carter" where no report names an "Ellen Carter"; "Bank of Arvonia" is no person
    people = frozenset({"Mary Ellen Carter"})
    mapping = {n: t for n, (t, _) in resolver(["Mary Ellen Carter", "Carter", "Bank of Arvonia", "Arvonia"], {}, people).items()}
    assert "Mary Ellen Carter" not in mapping and "Bank of Arvonia" not in mapping


# --- spelling variants -------------------------------------------------------------------------------

def test_spelling_variant_merged_to_the_more_frequent():
    mapping = canonical(["Alexander Wang", "Alexandr Wang", "Alexandr Wang"])
    assert mapping == {"Alexander Wang": "Alexandr Wang"}


def test_spelling_variant_direction_follows_frequency():
    mapping = canonical(["Alexander Wang", "Alexander Wang", "Alexandr Wang"])
    assert mapping == {"Alexandr Wang": "Alexander Wang"}


def test_spelling_variant_in_align_records_why():
    facts = align([fact("Alexander Wang", "age", kind="age"), fact("Alexandr Wang", "age", kind="age"),
                   fact("Alexandr Wang", "age", kind="age")])
    assert {f.subject for f in facts} == {"Alexandr Wang / age"}
    assert "spelling variant" in facts[0].why


def test_dissimilar_names_with_same_surname_are_not_variants():
    assert canonical(["Maria Chen", "Maria Chen", "David Chen"]) == {}


# --- aliases ---------------------------------------------------------------------------------------------

def test_aliases_from_dict_map_to_canonical_name():
    aliases = {"borealis holdings inc.": "Borealis", "bh group": "Borealis"}
    mapping = resolver(["Borealis Holdings Inc.", "BH Group", "Borealis"], aliases)
    assert mapping["Borealis Holdings Inc."][0] == "Borealis"
    assert mapping["BH Group"][0] == "Borealis"
    assert "alias" in mapping["BH Group"][1]
    assert "Borealis" not in mapping


def test_alias_lookup_ignores_case_of_the_mention():
    assert canonical(["BOREALIS HOLDINGS INC."], {"borealis holdings inc.": "Borealis"}) == {
        "BOREALIS HOLDINGS INC.": "Borealis"}


def test_alias_applies_to_entity_and_object_in_align():
    aliases = {"acme corporation": "Acme", "borealis holdings": "Borealis"}
    (f,) = align([fact("Acme Corporation", obj="Borealis Holdings")], aliases=aliases)
    assert (f.entity, f.object) == ("Acme", "Borealis")
    assert f.subject == "Acme \u2192 Borealis / investment"
    assert "alias" in f.why


def test_alias_target_counts_as_a_full_name_for_surnames():
    mapping = canonical(["The Quill", "Quill"], {"the quill": "Ada Quill"})
    assert mapping == {"The Quill": "Ada Quill", "Quill": "Ada Quill"}


# --- relation completion ------------------------------------------------------------------------------------

def test_person_actor_becomes_the_only_organization_for_that_object():
    facts = align(
        [fact("Meta", obj="Scale AI", doc="a.md"), fact("Mark Zuckerberg", obj="Scale AI", doc="b.md")],
        persons={"Mark Zuckerberg"},
    )
    assert [f.entity for f in facts] == ["Meta", "Meta"]
    assert {f.subject for f in facts} == {"Meta \u2192 Scale AI / investment"}
    assert "Mark Zuckerberg read as Meta" in facts[1].why


def test_a_party_guessed_as_the_object_itself_is_the_other_party_reported_with_the_figure():
    # "its 11.5 per cent stake in Talvesca", with "its" guessed as Talvesca, beside Axhelm's stake of about as much
    facts = align([fact("Axhelm Pharma", "stake", obj="Talvesca", doc="a.md", amount=11.5),
                   fact("Talvesca", "stake", obj="Talvesca", doc="b.md", amount=11.5)])
    assert facts[1].subject == "Axhelm Pharma \u2192 Talvesca / stake"
    assert "both holder and held" in facts[1].why


def test_a_party_guessed_as_the_object_itself_with_no_other_party_is_left_unplaced():
    facts = align([fact("Talvesca", "stake", obj="Talvesca", amount=11.5), fact("Talvesca", "stake", doc="b.md", amount=11.5)])
    assert facts[0].subject is None and "left unplaced" in facts[0].why
    assert facts[1].object is None  # the self-relation is no object the corpus gives Talvesca's stakes


def test_person_actor_resolved_through_surname_and_object_short_form():
    facts = align(
        [fact("Meta", obj="Scale AI"), fact("Zuckerberg", obj="Scale")],
        names=["Mark Zuckerberg"], persons={"Mark Zuckerberg"},
    )
    assert facts[1].entity == "Meta"
    assert facts[1].object == "Scale AI"
    assert facts[1].subject == "Meta \u2192 Scale AI / investment"


def test_person_actor_kept_when_the_organization_gave_a_different_amount():
    # a donor's $250 million is her own gift, not the $90 million another family gave the same university
    facts = align(
        [fact("Pellingham", obj="Carrowmere University", amount=90e6),
         fact("Ottilie Varga-Hume", obj="Carrowmere University", amount=250e6)],
        persons={"Ottilie Varga-Hume"},
    )
    assert [f.entity for f in facts] == ["Pellingham", "Ottilie Varga-Hume"]


def test_price_of_what_one_party_bought_becomes_that_partys_relation():
    # "the striker cost £38.5 million" in one article, "Redmoor paid £38 million for Amankwah" in another
    facts = align([fact("Redmoor Athletic", "price", obj="Joel Amankwah", doc="a.md"),
                   fact("Joel Amankwah", "price", doc="b.md"), fact("Halo", "price", doc="b.md")],
                  persons={"Joel Amankwah"})
    assert facts[1].subject == "Redmoor Athletic \u2192 Joel Amankwah / price"
    assert "paid about as much for" in facts[1].why
    assert facts[2].subject == "Halo / price"  # nobody is reported to have bought it


def test_price_with_two_buyers_goes_to_the_one_that_paid_about_as_much():
    # his earlier club bought him for £2 million; the £38.5 million is the new club's
    facts = align([fact("Redmoor Athletic", "price", obj="Joel Amankwah", amount=38e6),
                   fact("SC Steinhaven", "price", obj="Joel Amankwah", amount=2e6),
                   fact("Joel Amankwah", "price", amount=38.5e6, doc="b.md")], persons={"Joel Amankwah"})
    assert facts[2].subject == "Redmoor Athletic \u2192 Joel Amankwah / price"


def test_person_actor_kept_when_two_organizations_invested():
    facts = align(
        [fact("Acme", obj="Borealis"), fact("Trellis Labs", obj="Borealis"), fact("Ona Vetch", obj="Borealis")],
        persons={"Ona Vetch"},
    )
    assert [f.entity for f in facts] == ["Acme", "Trellis Labs", "Ona Vetch"]


def test_actor_not_in_persons_is_not_rewritten():
    facts = align([fact("Acme", obj="Borealis"), fact("Ona Vetch", obj="Borealis")], persons=())
    assert facts[1].entity == "Ona Vetch"
    assert facts[1].subject == "Ona Vetch \u2192 Borealis / investment"


def test_person_actor_not_rewritten_for_a_different_object():
    facts = align([fact("Acme", obj="Borealis"), fact("Ona Vetch", obj="Trellis Labs")], persons={"Ona Vetch"})
    assert facts[1].entity == "Ona Vetch"


def test_relation_without_object_takes_the_only_object():
    facts = align([fact("Acme", obj="Borealis"), fact("Acme", obj=None)])
    assert facts[1].object == "Borealis"
    assert facts[1].subject == "Acme \u2192 Borealis / investment"


def test_relation_without_object_keeps_none_when_the_only_object_was_paid_a_different_amount():
    facts = align([fact("Acme", "price", obj="Borealis", amount=27e6), fact("Acme", "price", obj=None, amount=38e6)])
    assert facts[1].object is None
    assert facts[1].subject == "Acme / price"
    assert "no figure for it is about as much" in facts[1].why


def test_relation_without_object_is_unplaced_when_objects_differ():
    facts = align([fact("Acme", obj="Borealis"), fact("Acme", obj="Trellis Labs"), fact("Acme", obj=None)])
    assert facts[2].object is None
    assert facts[2].subject is None  # it could be either investment: never compared
    assert "Borealis or Trellis Labs" in facts[2].why


@pytest.mark.parametrize("other_obj", [None, "Scale AI"])
def test_completion_notes_do_not_mention_a_missing_reason(other_obj):
    # A fact built without a `why` (allowed by the model) must not get a "None; ..." explanation.
    facts = align(
        [fact("Meta", obj="Scale AI", why=None), fact("Mark Zuckerberg" if other_obj else "Meta", obj=other_obj, why=None)],
        persons={"Mark Zuckerberg"},
    )
    assert facts[1].entity == "Meta" and facts[1].object == "Scale AI"
    assert facts[1].why
    assert not facts[1].why.startswith("None")
    assert "None;" not in facts[1].why


# --- stories and event figures ----------------------------------------------------------------------

def test_documents_sharing_two_names_form_one_story_named_after_the_widest_name():
    found = stories({"a": {"Perrow", "Dalmir", "Ines Vall"}, "b": {"Perrow", "Dalmir", "Osk"}, "c": {"Perrow", "Osk", "Kiv"},
                     "e": {"Perrow", "Zell"}, "d": {"Calder Falls", "Owen Pryce"}}, people={"Ines Vall"})
    assert found["a"] == found["b"] == found["c"] == ("Perrow", 3)  # a-b share two names, b-c share two
    assert found["e"] == ("Perrow", 1)  # one shared name is not enough to join a story
    assert found["d"] == ("Calder Falls", 1)


def test_two_common_names_do_not_join_unrelated_stories():
    quake = {"Reuters", "United States", "Perrow", "Dalmir", "Osk", "Kiv", "Ines Vall", "Tomas Berg", "Red Cross"}
    vote = {"Reuters", "United States", "Calder Falls", "Owen Pryce", "Lena Farris", "Paul Marsh", "Gloria Marsh",
            "Transit Workers Union", "City Hall"}
    found = stories({"quake.md": quake, "vote.md": vote})
    assert found["quake.md"][1] == found["vote.md"][1] == 1


def test_story_name_ties_go_to_the_most_mentioned_name():
    found = stories({"a": {"Dalmir", "Perrow"}, "b": {"Dalmir", "Perrow"}}, mentions={"Perrow": 9, "Dalmir": 2})
    assert found["a"] == ("Perrow", 2)


def test_story_name_ties_go_first_to_the_name_told_with_the_events_own_figures():
    found = stories({"a": {"Graukamm", "Vellhorn"}, "b": {"Graukamm", "Vellhorn"}}, mentions={"Graukamm": 9, "Vellhorn": 2},
                    beside={"Vellhorn": 3})
    assert found["a"] == ("Vellhorn", 2)


def test_the_place_of_an_earlier_named_event_does_not_name_the_story():
    names = {"a.md": {"Gralsbach", "Vellhorn"}, "b.md": {"Gralsbach", "Vellhorn"}}
    published = dt.date(2026, 2, 2)
    current = [dataclasses.replace(_toll(None, doc), published=published) for doc in ("a.md", "b.md")]
    earlier = dataclasses.replace(_toll("Gralsbach disaster", "a.md"), published=published, period=1999)
    facts = align([*current, earlier], names=names, events={"death toll"}, mentions={"Gralsbach": 5, "Vellhorn": 2})
    assert [f.subject for f in facts] == ["Vellhorn / death toll"] * 2 + ["Gralsbach (1999) / death toll"]


def test_stories_never_take_an_earlier_events_name():
    found = stories({"a": {"Storm Bretta", "Essingby"}, "b": {"Storm Bretta", "Essingby"}, "c": {"Storm Bretta", "Essingby", "Ilvane"}},
                    mentions={"Storm Bretta": 9}, past={"Storm Bretta"})
    assert found["a"][0] == "Essingby"


def test_an_event_dated_earlier_does_not_name_the_story_of_the_current_one():
    names = {"a.md": {"Storm Bretta", "Essingby"}, "b.md": {"Storm Bretta", "Essingby"}}
    published = dt.date(2026, 11, 4)
    current = [dataclasses.replace(_toll(None, doc), published=published) for doc in ("a.md", "b.md")]
    earlier = dataclasses.replace(_toll("Storm Bretta", "a.md"), published=published, period=2014)
    facts = align([*current, earlier], names=names, events={"death toll"}, mentions={"Storm Bretta": 9, "Essingby": 2})
    assert [f.subject for f in facts[:2]] == ["Essingby / death toll"] * 2
    assert facts[2].subject != facts[0].subject


def test_an_event_two_documents_name_names_the_story():
    found = stories({"a": {"Alvenor Insurance", "Essingby", "Storm Ilvane"}, "b": {"Alvenor Insurance", "Essingby", "Storm Ilvane"},
                     "c": {"Alvenor Insurance", "Essingby"}}, mentions={"Alvenor Insurance": 9, "Storm Ilvane": 3})
    assert found["c"][0] == "Storm Ilvane"


def test_stories_never_take_a_persons_name():
    found = stories({"a": {"Ines Vall", "Perrow"}}, people={"Ines Vall"}, mentions={"Ines Vall": 20})
    assert found["a"][0] == "Perrow"


def _toll(entity, doc):
    return fact(entity, "death toll", kind="age", doc=doc, why="cue 'killed'")


def test_event_figure_without_a_name_takes_its_storys_name():
    names = {"a.md": {"Perrow", "Dalmir"}, "b.md": {"Perrow", "Dalmir"}, "c.md": {"Acme Corp", "Borealis"}}
    facts = align([_toll(None, "a.md"), _toll(None, "b.md"), _toll(None, "c.md"), _toll("Dalmir", "b.md")],
                  names=names, events={"death toll"}, mentions={"Perrow": 5, "Dalmir": 3})
    assert [f.subject for f in facts[:2]] == ["Perrow / death toll"] * 2
    assert "story" in facts[0].why
    assert facts[2].subject == "Acme Corp / death toll"  # another story, another subject
    assert facts[3].subject == "Dalmir / death toll"  # a figure a name owns keeps it


def test_an_earlier_dated_event_of_the_story_is_keyed_apart_by_its_year():
    names = {"a.md": {"Perrow", "Dalmir"}, "b.md": {"Perrow", "Dalmir"}}
    published = dt.date(2026, 3, 2)
    current = dataclasses.replace(_toll(None, "a.md"), published=published, period=2026)
    earlier = [dataclasses.replace(_toll(None, doc), published=published, period=2011) for doc in ("a.md", "b.md")]
    facts = align([current, *earlier], names=names, events={"death toll"}, mentions={"Perrow": 5})
    assert facts[0].subject == "Perrow / death toll"
    assert [f.subject for f in facts[1:]] == ["Perrow (2011) / death toll"] * 2
    assert "event of 2011" in facts[1].why


def test_a_named_event_is_the_storys_own_unless_a_document_dates_it_earlier():
    names = {"a.md": {"Perrow", "Dalmir"}, "b.md": {"Perrow", "Dalmir"}}
    published = dt.date(2026, 3, 2)
    current = dataclasses.replace(_toll("Perrow fire", "a.md"), published=published)
    dated = dataclasses.replace(_toll("Dalmir fire", "a.md"), published=published, period=2009)
    undated = dataclasses.replace(_toll("Dalmir fire", "b.md"), published=published)  # "the Dalmir fire claimed 23 lives"
    facts = align([current, dated, undated], names=names, events={"death toll"}, mentions={"Perrow": 5})
    assert facts[0].subject == "Perrow / death toll"
    assert [f.subject for f in facts[1:]] == ["Dalmir (2009) / death toll"] * 2  # its own place, not the story's
    assert "as documents date Dalmir fire" in facts[2].why


def test_a_named_event_a_sentence_dates_earlier_is_keyed_apart_even_when_its_figure_has_no_year():
    # "the 2019 Dalmir fire, which burned 31,000 hectares" in one sentence; "The Dalmir fire killed five" in another
    names = {"a.md": {"Perrow", "Dalmir"}, "b.md": {"Perrow", "Dalmir"}}
    published = dt.date(2026, 3, 2)
    current = dataclasses.replace(_toll("Perrow fire", "a.md"), published=published)
    dating = dataclasses.replace(_toll(None, "a.md"), published=published, kind="count", attribute="area",
                                 sentence="It is the worst since the 2019 Dalmir fire, which burned 31,000 hectares.")
    undated = dataclasses.replace(_toll("Dalmir fire", "b.md"), published=published, sentence="The Dalmir fire killed five.")
    facts = align([current, dating, undated], names=names, events={"death toll"}, mentions={"Perrow": 5})
    assert facts[0].subject == "Perrow / death toll"
    assert facts[2].subject == "Dalmir (2019) / death toll"


def test_event_figures_are_not_keyed_by_story_unless_the_attribute_is_an_event():
    facts = align([fact(None, "revenue", doc="a.md")], names={"a.md": {"Perrow", "Dalmir"}}, events={"death toll"})
    assert facts[0].subject is None


# --- subject keys and pass-through --------------------------------------------------------------------------

def test_fact_without_entity_or_attribute_gets_no_subject():
    facts = align([fact(None), fact("Acme", None)])
    assert [f.subject for f in facts] == [None, None]


def test_align_keeps_order_ids_and_values():
    given = [fact("Borealis", "valuation"), fact("Acme", obj="Borealis"), fact("Wang", "age", kind="age")]
    out = align(given, names=["Alexandr Wang"])
    assert [f.id for f in out] == [f.id for f in given]
    assert [f.quantity for f in out] == [f.quantity for f in given]
    assert [f.subject for f in out] == ["Borealis / valuation", "Acme \u2192 Borealis / investment",
                                        "Alexandr Wang / age"]


def test_unresolved_name_keeps_why_untouched():
    (f,) = align([fact("Borealis", "valuation", why="cue 'valued'")])
    assert f.why == "cue 'valued'"
    assert f.entity == "Borealis"


# --- through the pipeline -------------------------------------------------------------------------

@pytest.mark.parametrize("name,heading", [
    ("story.md", "# Acme Backs Borealis"),
    ("story.txt", "Acme Backs Borealis"),
])
def test_short_title_line_is_not_a_full_name_that_absorbs_a_company(tmp_path, name, heading):
    (tmp_path / name).write_text(f"{heading}\n\nAcme invested $2.1 billion in Borealis.\n", encoding="utf-8")
    _, _, facts = collect_facts(Settings(paths=(tmp_path,)), load_rulepack(None))
    (money,) = [f for f in facts if f.text == "$2.1 billion"]
    assert money.subject == "Acme \u2192 Borealis / investment"


def test_that_event_after_a_sentence_naming_an_earlier_one_is_that_earlier_event(tmp_path):
    for name, body in (("a.md", "Weddercombe has recorded 49 cases. The comparison with the 2019 outbreak is instructive. "
                                "That outbreak reached 114 cases and ran for 16 weeks."),
                       ("b.md", "The number of cases in Weddercombe rose to 52. That outbreak is the worst in years.")):
        (tmp_path / name).write_text(f"---\ntitle: t\npublished: 2026-03-02\n---\n\n{body}\n", encoding="utf-8")
    _, _, facts = collect_facts(Settings(paths=(tmp_path,)), load_rulepack(None))
    subjects = {f.text: f.subject for f in facts}
    assert subjects["114 cases"] == "Weddercombe (2019) / cases"  # the 2019 outbreak's, apart from this one
    assert subjects["49 cases"] == subjects["52"] == "Weddercombe / cases"


# --- first names ---------------------------------------------------------------------------------------

def test_first_name_alone_is_the_only_person_with_that_first_name():
    facts = align([fact("Kofi Amankwah", "age", kind="age"), fact("Kofi", "age", kind="age")],
                  names=["Kofi Amankwah", "Kofi"], persons={"Kofi Amankwah"})
    assert facts[1].entity == "Kofi Amankwah"
    assert "only person with that first name" in facts[1].why


def test_first_name_shared_by_two_people_is_left_alone():
    facts = align([fact("Kofi Amankwah", "age", kind="age"), fact("Kofi Mensah", "age", kind="age"),
                   fact("Kofi", "age", kind="age")],
                  names=["Kofi Amankwah", "Kofi Mensah", "Kofi"], persons={"Kofi Amankwah", "Kofi Mensah"})
    assert facts[2].entity == "Kofi"


def test_first_name_of_an_organization_is_not_read_as_a_person():
    facts = align([fact("Orrin Robotics"), fact("Orrin", "age", kind="age")], names=["Orrin Robotics", "Orrin"],
                  persons=set())
    assert facts[1].entity == "Orrin Robotics"  # a company short form, not a first name
    assert "first name" not in (facts[1].why or "")


def test_a_document_may_shorten_a_two_word_company_name_to_its_first_word():
    facts = align([fact("Halden Grid", "revenue", doc="a.md"), fact("Halden", "revenue", doc="a.md")],
                  names={"a.md": {"Halden Grid", "Halden"}})
    assert facts[1].entity == "Halden Grid"


def test_a_makers_name_is_not_its_model_named_on_its_own_too():
    facts = align([fact("Aerostrand Meridian", "price", doc="a.md"), fact("Aerostrand", "revenue", doc="a.md"),
                   fact("Meridian", "price", doc="a.md")],
                  names={"a.md": {"Aerostrand Meridian", "Aerostrand", "Meridian"}},
                  first_seen={"a.md": {"Aerostrand Meridian": 10, "Aerostrand": 40, "Meridian": 80}})
    assert facts[1].entity == "Aerostrand"
    assert facts[2].entity == "Aerostrand Meridian"
    facts = align([fact("Kelsworth Wanderers", "revenue", doc="a.md"), fact("Kelsworth", "revenue", doc="a.md")],
                  names={"a.md": {"Kelsworth Wanderers", "Kelsworth", "Wanderers"}},
                  first_seen={"a.md": {"Kelsworth Wanderers": 10, "Kelsworth": 40, "Wanderers": 80}})
    assert facts[1].entity == "Kelsworth Wanderers"  # a club's last word is the club
    facts = align([fact("Solvane", "revenue", doc="a.md")], names={"a.md": {"Solvane Streaming", "Solvane Lite", "Solvane"}})
    assert facts[0].entity == "Solvane Streaming"  # "Solvane Lite" is a tier of its service


def test_a_word_of_what_a_business_is_named_on_its_own_is_no_model():
    # "Copper traded at ..." and "The Lyceum" open sentences of documents about Corvanth Copper and Cottisford Lyceum
    for full, short, word in (("Corvanth Copper", "Corvanth", "Copper"), ("Cottisford Lyceum", "Cottisford", "Lyceum")):
        facts = align([fact(full, "fine", doc="a.md"), fact(short, "revenue", doc="a.md")],
                      names={"a.md": {full, short, word}}, first_seen={"a.md": {full: 10, short: 40, word: 80}})
        assert facts[1].entity == full


def test_a_body_named_for_its_members_is_what_its_first_word_stands_for_when_nothing_else_is():
    facts = align([fact("Corvenna Growers' Co-operative", "revenue", doc="a.md"), fact("Corvenna", "revenue", doc="a.md")],
                  names={"a.md": {"Corvenna Growers' Co-operative", "Corvenna Lissard Wines", "Corvenna"}})
    assert facts[1].entity == "Corvenna Growers' Co-operative"
    facts = align([fact("Wexley Albion", "revenue", doc="a.md"), fact("Albion", "revenue", doc="a.md")],
                  names={"a.md": {"Wexley Albion", "Albion Supporters' Trust", "Albion"}})
    assert facts[1].entity == "Wexley Albion"
    facts = align([fact("Tregarrow Supporters' Trust", "stake", doc="a.md"), fact("Tregarrow", "debt", doc="a.md")],
                  names={"a.md": {"Tregarrow Supporters' Trust", "Tregarrow"}})
    assert facts[1].entity == "Tregarrow"  # the club its supporters' trust is named after


def test_a_place_is_not_the_building_named_after_it():
    facts = align([fact("Harrowfield Stadium", "founding", kind="date", doc="a.md"), fact("Harrowfield", "founding", kind="date", doc="a.md")],
                  names={"a.md": {"Harrowfield Stadium", "Harrowfield"}})
    assert facts[1].entity == "Harrowfield"


def test_a_family_is_not_what_its_one_word_name_stands_for():
    facts = align([fact("Orrin", "revenue", doc="a.md"), fact("Orrin family", "stake", "Orrin Markets", kind="percent", doc="a.md")],
                  first_seen={"a.md": {"Orrin Markets": 10, "Orrin family": 40, "Orrin": 80}})
    assert facts[0].subject == "Orrin Markets / revenue"
    assert facts[1].subject == "Orrin family \u2192 Orrin Markets / stake"


def test_a_persons_first_name_is_not_a_company_short_form():
    facts = align([fact("Ines Morrow", "age", kind="age", doc="a.md"), fact("Ines", "age", kind="age", doc="a.md"),
                   fact("Ines Morrow", "age", kind="age", doc="b.md")],
                  names={"a.md": {"Ines Morrow", "Ines", "Morrow Bank"}, "b.md": {"Ines Morrow", "Ines Castel"}},
                  persons={"Ines Morrow", "Ines Castel"})
    assert facts[1].entity == "Ines"  # two people are called Ines


def test_a_persons_own_stake_is_not_read_as_the_company_stake():
    facts = align([fact("Aurelia Air", "stake", "Skyvane", kind="money"), fact("Henrik Tallis", "stake", "Skyvane", kind="money")],
                  persons={"Henrik Tallis"}, personal={"stake"})
    assert facts[1].entity == "Henrik Tallis"
    assert facts[1].subject == "Henrik Tallis \u2192 Skyvane / stake"


# --- a surname two people share ------------------------------------------------------------------------

def _align_marsh(pronoun_in_c: str, gloria_evidence: bool = True):
    """Paul Marsh (a.md), Gloria Marsh (b.md) and a bare "Marsh" in c.md, which names only Paul in full."""
    facts = [fact("Paul Marsh", "age", kind="age", doc="a.md"), fact("Gloria Marsh", "age", kind="age", doc="b.md"),
             fact("Marsh", "age", kind="age", doc="c.md")]
    pronouns = {"a.md": ((0, "Paul Marsh", "he"),), "c.md": ((facts[2].start - 5, "Marsh", pronoun_in_c),)}
    if gloria_evidence:
        pronouns["b.md"] = ((0, "Gloria Marsh", "she"),)
    return align(facts, names={"a.md": {"Paul Marsh"}, "b.md": {"Gloria Marsh"}, "c.md": {"Paul Marsh", "Marsh"}},
                 persons={"Paul Marsh", "Gloria Marsh"}, positions={"c.md": ((0, "Paul Marsh"),)}, pronouns=pronouns)[2]


def test_a_shared_surname_goes_to_the_person_whose_pronoun_follows():
    marsh = _align_marsh("she")
    assert marsh.entity == "Gloria Marsh"
    assert "'she' refers back" in marsh.why


def test_a_shared_surname_with_a_pronoun_that_fits_no_one_is_left_unplaced():
    marsh = _align_marsh("she", gloria_evidence=False)
    assert marsh.subject is None
    assert "left unplaced" in marsh.why


def test_a_pronoun_that_fits_keeps_the_documents_reading():
    assert _align_marsh("he").entity == "Paul Marsh"


def test_a_surname_that_is_also_a_companys_first_word_is_left_alone():
    facts = align([fact("Marrowby", "headcount", kind="age", doc="a.md")],
                  names={"a.md": {"Edwin Marrowby", "Marrowby Appliances", "Marrowby"}}, persons={"Edwin Marrowby"})
    assert facts[0].subject is None
    assert "could be Edwin Marrowby or Marrowby Appliances" in facts[0].why


def test_an_age_of_a_surname_shared_with_a_company_goes_to_the_one_person():
    # "Halvorsen, 56," beside Erik Halvorsen and his firm Halvorsen Capital: only a person has an age
    names = {"a.md": {"Erik Halvorsen", "Halvorsen Capital", "Halvorsen"}}
    age, revenue = align([fact("Halvorsen", "age", kind="age", doc="a.md"), fact("Halvorsen", "headcount", doc="a.md")],
                         names=names, persons={"Erik Halvorsen"})
    assert age.entity == "Erik Halvorsen"
    assert "only a person has" in age.why
    assert revenue.subject is None  # a headcount could be the firm's: still left unplaced


def test_initials_of_a_name_the_document_gives_are_not_read_as_a_unit_that_starts_with_them():
    # "VSR" beside Valdoran State Railways and its unit VSR Cargo: the railway, by its initials
    names = {"a.md": {"Valdoran State Railways", "VSR Cargo", "VSR"}}
    facts = align([fact("VSR", "headcount", doc="a.md")], names=names)
    assert facts[0].entity == "Valdoran State Railways"
    assert "initials" in facts[0].why


def test_a_surname_before_a_second_person_of_that_name_is_named_is_the_first_persons():
    # "Fairleigh, 30," after Odessa Fairleigh and before her grandmother Edith Fairleigh, named twice later
    bare = dataclasses.replace(fact("Fairleigh", "age", kind="age", doc="a.md"), start=60)
    facts = align([bare], positions={"a.md": ((10, "Odessa Fairleigh"), (120, "Edith Fairleigh"), (300, "Edith Fairleigh"))},
                  persons={"Odessa Fairleigh", "Edith Fairleigh"})
    assert facts[0].entity == "Odessa Fairleigh"


def test_a_short_form_shared_by_a_persons_surname_and_a_company_is_not_read_as_the_person():
    facts = align([fact("Merrow", "revenue", doc="a.md")],
                  positions={"a.md": ((0, "Merrow Stores"), (40, "Ada Merrow"), (90, "Ada Merrow"))},
                  first_seen={"a.md": {"Merrow Stores": 0, "Ada Merrow": 40, "Merrow": 120}}, persons={"Ada Merrow"})
    assert facts[0].entity == "Merrow Stores"


def test_a_relation_with_no_object_in_unrelated_stories_is_left_unplaced():
    names = {"a.md": {"Perrow", "Dalmir"}, "b.md": {"Perrow", "Dalmir"}, "c.md": {"Keveth", "Orlan"}}
    facts = align([fact("Halden Fund", doc="a.md"), fact("Halden Fund", doc="b.md"), fact("Halden Fund", doc="c.md")],
                  names=names, relations={"investment"})
    assert [f.subject for f in facts] == [None, None, None]
    assert "unrelated stories" in facts[0].why
    same_story = align([fact("Halden Fund", doc="a.md"), fact("Halden Fund", doc="b.md")],
                       names={d: names[d] for d in ("a.md", "b.md")}, relations={"investment"})
    assert [f.subject for f in same_story] == ["Halden Fund / investment"] * 2


def test_cuts_of_a_merged_company_go_under_the_storys_one_takeover():
    names = {"a.md": {"Greyloch", "Tamsen"}, "b.md": {"Greyloch", "Tamsen"}, "c.md": {"Greyloch", "Tamsen"}}
    facts = align([fact("Greyloch", "job cuts (combined) (projected)", "Tamsen", kind="count", doc="a.md"),
                   fact(None, "job cuts (combined) (projected)", kind="count", doc="b.md"),
                   fact("Greyloch", "job cuts (projected)", kind="count", doc="c.md"),
                   fact("Greyloch", "job cuts", kind="count", doc="c.md", amount=1800)], names=names, relations={"price"})
    assert [f.subject for f in facts[:3]] == ["Greyloch \u2192 Tamsen / job cuts (combined) (projected)"] * 3
    assert facts[3].subject == "Greyloch / job cuts"  # cuts done, as "when Greyloch bought Arvo, it cut 1,800 jobs"
    two = align([fact("Greyloch", "job cuts (combined) (projected)", "Tamsen", kind="count", doc="a.md"),
                 fact("Greyloch", "job cuts (combined) (projected)", "Arvo", kind="count", doc="b.md"),
                 fact(None, "job cuts (combined) (projected)", kind="count", doc="c.md")], names=names, relations={"price"})
    assert two[2].subject is None  # two takeovers: whose merged company it is, nobody says


def test_an_objectless_price_is_not_near_a_per_share_price():
    facts = align([fact("Acme", "price (per share)", obj="Borealis", amount=58), fact("Acme", "price", obj=None, amount=54)])
    assert facts[1].object is None
    assert facts[1].subject == "Acme / price"


def test_an_objectless_per_share_price_takes_the_only_object_at_about_that_price():
    facts = align([fact("Acme", "price (per share)", obj="Borealis", amount=58),
                   fact("Acme", "price (per share)", obj=None, amount=54)])
    assert facts[1].subject == "Acme \u2192 Borealis / price (per share)"


def test_relation_without_object_takes_the_one_object_paid_about_as_much_for():
    facts = align([fact("Acme", "price", obj="Borealis", amount=9.4e9), fact("Acme", "price", obj="Trellis Labs", amount=4.2e9),
                   fact("Acme", "price", obj=None, amount=9.5e9)])
    assert facts[2].subject == "Acme \u2192 Borealis / price"
    assert "paid about as much for" in facts[2].why


def test_the_stake_a_seller_keeps_is_not_the_stake_it_sold():
    sold = dataclasses.replace(fact("Brightwater", "stake", obj="Telvanta", kind="percent"),
                               quantity=Quantity("percent", "%", 49.0, 48.5, 49.5, step=1.0))
    kept = dataclasses.replace(fact("Telvanta", "stake", kind="percent"),
                               quantity=Quantity("percent", "%", 51.0, 50.5, 51.5, step=1.0))
    facts = align([sold, kept])
    assert facts[1].subject == "Telvanta / stake"  # "sells 49 percent and keeps 51": complements, not one stake
    near = dataclasses.replace(kept, quantity=Quantity("percent", "%", 48.0, 47.5, 48.5, step=1.0))
    assert align([sold, near])[1].subject == "Brightwater \u2192 Telvanta / stake"


def test_an_occasions_figure_dated_before_its_document_is_keyed_apart_with_its_year():
    earlier = dataclasses.replace(fact("Rosalind Achterberg", "votes", kind="count"), period=2022,
                                  published=dt.date(2026, 5, 11))
    current = dataclasses.replace(fact("Rosalind Achterberg", "votes", kind="count"), published=dt.date(2026, 5, 11))
    same_year = dataclasses.replace(fact("Rosalind Achterberg", "votes", kind="count"), period=2026,
                                    published=dt.date(2026, 5, 11))
    facts = align([earlier, current, same_year], occasions=frozenset({"votes"}))
    assert [f.subject for f in facts] == ["Rosalind Achterberg (2022) / votes", "Rosalind Achterberg / votes",
                                          "Rosalind Achterberg / votes"]
    assert "the occasion of 2022" in facts[0].why
    assert align([earlier])[0].subject == "Rosalind Achterberg / votes"  # only for the attributes named


# --- sites -------------------------------------------------------------------------------------------

def test_one_site_named_with_and_without_its_noun_and_by_a_short_owner_is_one_subject():
    facts = align([fact("Seldon Harth", "job cuts", kind="count", doc="a.md"),
                   fact("Seldon Alloys Harth mill", "job cuts", kind="count", doc="b.md"),
                   fact("Seldon Alloys Harth mill", "headcount", kind="count", doc="c.md")],
                  names={"a.md": {"Seldon", "Seldon Alloys", "Harth"}, "b.md": {"Seldon Alloys"}, "c.md": {"Seldon Alloys"}})
    assert [f.subject for f in facts] == ["Seldon Alloys Harth mill / job cuts", "Seldon Alloys Harth mill / job cuts",
                                          "Seldon Alloys Harth mill / headcount"]
    assert "'Seldon Harth' read as Seldon Alloys Harth mill" in facts[0].why


def test_an_owners_site_with_no_place_and_a_name_a_text_gives_are_not_read_as_sites():
    facts = align([fact("Brackwater Steel works", "headcount", kind="count", doc="a.md"),
                   fact("Brackwater Steel", "headcount", kind="count", doc="b.md"),
                   fact("Korvath Agrochem", "headcount", kind="count", doc="c.md"),
                   fact("Korvath Agrochem plant", "headcount", kind="count", doc="d.md")],
                  names={"a.md": {"Brackwater Steel", "Brackwater"}, "b.md": {"Brackwater Steel"},
                         "c.md": {"Korvath", "Korvath Agrochem"}, "d.md": {"Korvath Agrochem"}})
    assert [f.entity for f in facts] == ["Brackwater Steel works", "Brackwater Steel", "Korvath Agrochem",
                                         "Korvath Agrochem plant"]


def test_an_organization_the_text_means_is_not_read_as_the_person_who_shares_its_name():
    # "the 140-year-old business" of Pellingham's, beside its chairman Edmund Pellingham
    names = {"a.md": {"Edmund Pellingham", "Pellingham"}}
    meant = "age value; entity 'the business', the organization the document is about so far"
    store, chairman = align([fact("Pellingham", "age", kind="age", doc="a.md", why=meant),
                             fact("Pellingham", "age", kind="age", doc="a.md", why="age value; entity in apposition")],
                            names=names, persons={"Edmund Pellingham"})
    assert store.entity == "Pellingham"
    assert "the text means an organization" in store.why
    assert chairman.entity == "Edmund Pellingham"


def test_a_site_keyed_with_its_owners_name_is_no_organization_a_surname_stands_for():
    # "Pellingham Marlowe Baines site", a site key, is not the company "Pellingham" names beside Edmund Pellingham
    names = {"a.md": {"Edmund Pellingham", "Pellingham"}, "b.md": {"Pellingham Marlowe Baines site"}}
    revenue, _ = align([fact("Pellingham", "revenue", doc="a.md"), fact("Pellingham Marlowe Baines site", "job cuts", doc="b.md")],
                       names=names, persons={"Edmund Pellingham"}, corporate=frozenset({"revenue"}))
    assert revenue.entity == "Pellingham"


def test_a_prize_won_in_an_earlier_year_is_keyed_apart_by_the_rule_pack():
    # "the £195 million won by a single ticket holder in 2022": that draw's jackpot, not this week's
    occasions = frozenset(a.name for a in load_rulepack().attributes if a.per_occasion)
    published = dt.date(2026, 6, 5)
    earlier = dataclasses.replace(fact("Starline Lotto", "prize", doc="a.md"), period=2022, published=published)
    latest = dataclasses.replace(fact("Starline Lotto", "prize", doc="b.md"), published=published)
    earlier, latest = align([earlier, latest], names={"a.md": {"Starline Lotto"}, "b.md": {"Starline Lotto"}}, occasions=occasions)
    assert earlier.subject == "Starline Lotto (2022) / prize"
    assert latest.subject == "Starline Lotto / prize"


def test_a_newspapers_short_title_is_the_paper_not_a_surname():
    # "The Herald had 2,800 digital subscribers" in a report that names "The Corrabridge Herald" first
    facts = align([fact("Herald", "customers", kind="count", doc="a.md"),
                   fact("Corrabridge Herald", "customers", kind="count", doc="b.md")],
                  names={"a.md": {"Corrabridge Herald", "Herald"}, "b.md": {"Corrabridge Herald"}},
                  corporate=frozenset({"customers"}))
    assert {f.subject for f in facts} == {"Corrabridge Herald / customers"}


def test_a_council_no_document_names_is_its_storys_and_one_a_story_names_is_that_one():
    # "The council pledged £2m" in two reports of one story that never name it; in another story, "the council" of a
    # story whose other report names Wexmoor City Council
    facts = align([fact("council", doc="a.md"), fact("council", doc="b.md"),
                   fact("council", doc="c.md"), fact("Wexmoor City Council", doc="d.md")],
                  names={"a.md": {"Brennock Ferry", "Lusk Valley"}, "b.md": {"Brennock Ferry", "Lusk Valley"},
                         "c.md": {"Wexmoor", "Tarrow Mills"}, "d.md": {"Wexmoor", "Tarrow Mills", "Wexmoor City Council"}},
                  relations=frozenset({"investment"}), mentions={"Brennock Ferry": 4, "Wexmoor": 3})
    subjects = [f.subject for f in facts]
    assert subjects[0] == subjects[1] and subjects[0].startswith("the council (")
    assert subjects[2] == subjects[3] == "Wexmoor City Council / investment"



def test_the_councils_of_two_unrelated_stories_are_kept_apart():
    facts = align([fact("council", doc="a.md"), fact("council", doc="b.md")],
                  names={"a.md": {"Corran", "Lusk Valley"}, "b.md": {"Halden Energy", "Tarrow Mills"}},
                  relations=frozenset({"investment"}), mentions={"Corran": 2, "Halden Energy": 2})
    assert facts[0].subject != facts[1].subject


def test_a_council_that_governs_no_place_is_not_the_council():
    facts = align([fact("council", doc="a.md"), fact("Regional Marine Research Council", doc="b.md")],
                  names={"a.md": {"Port Ellery", "Aurelian Tern"},
                         "b.md": {"Port Ellery", "Aurelian Tern", "Regional Marine Research Council"}},
                  relations=frozenset({"investment"}), mentions={"Port Ellery": 3})
    assert facts[0].subject != "Regional Marine Research Council / investment"
    assert facts[0].subject.startswith("the council (")

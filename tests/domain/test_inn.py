"""ИНН check digits: 10 digits for organisations, 12 for individuals."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.inn import inn_problem, is_valid_inn, with_check_digits
from factory_desk.domain.models import Organisation


@pytest.mark.parametrize("inn", ["7707083893", "7830002293", "500100732259", "7736207543"])
def test_real_inns_are_valid(inn):
    assert is_valid_inn(inn)


@pytest.mark.parametrize(
    ("inn", "problem"),
    [
        ("7707083894", "check digit"),
        ("500100732258", "check digits"),
        ("770708389", "10 digits"),
        ("77070838931", "10 digits"),
        ("77070838a3", "digits only"),
        ("７７０７０８３８９３", "digits only"),  # full-width digits are not accepted
    ],
)
def test_wrong_inns_say_why(inn, problem):
    assert problem in (inn_problem(inn) or "")


@given(st.from_regex(r"\A[0-9]{9}\Z") | st.from_regex(r"\A[0-9]{10}\Z"))
def test_completed_prefixes_are_always_valid(prefix):
    assert is_valid_inn(with_check_digits(prefix))


@given(st.text(max_size=14))
def test_any_text_gets_an_answer_not_an_exception(text):
    assert inn_problem(text) is None or isinstance(inn_problem(text), str)


def test_an_organisation_refuses_an_invalid_inn_and_normalises_spaces():
    # GIVEN an organisation
    organisation = Organisation(full_name="ООО «Ромашка»")
    # WHEN a valid ИНН with stray spaces is set THEN it is kept without them
    organisation.inn = " 7707 083893 "
    assert organisation.inn == "7707083893"
    # WHEN a wrong one is set THEN a validation error names the field
    with pytest.raises(ValidationError) as error:
        organisation.inn = "7707083894"
    assert error.value.field == "inn"

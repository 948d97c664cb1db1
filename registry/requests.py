"""The request class: strips NUL characters from every submitted value before anyone reads it."""

from flask import Request
from werkzeug.datastructures import ImmutableMultiDict


def _without_nul(values: ImmutableMultiDict) -> ImmutableMultiDict:
    """Return `values` with every NUL character removed (PostgreSQL refuses NUL in text)."""
    if not any("\x00" in value for value in values.values()):
        return values
    return ImmutableMultiDict([(key, value.replace("\x00", "")) for key, value in values.items(multi=True)])


class CleanRequest(Request):
    """A request whose form and query values never carry NUL characters."""

    def _load_form_data(self) -> None:
        super()._load_form_data()
        self.__dict__["form"] = _without_nul(self.__dict__["form"])

    @property
    def args(self) -> ImmutableMultiDict:  # type: ignore[override]
        """Return the query string's values without NUL characters."""
        if "_clean_args" not in self.__dict__:
            self.__dict__["_clean_args"] = _without_nul(super().args)
        return self.__dict__["_clean_args"]

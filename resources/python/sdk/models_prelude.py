import dataclasses as _dc
import enum as _enum
import typing as _t

if _t.TYPE_CHECKING:
    from dataclasses import dataclass as _dataclass
else:
    # @dataclass runs exec() for every class at import time (about 0.5 ms each: a second for
    # 2,000 models). The classes below spell out __init__ themselves, so at run time this
    # decorator only adds __repr__ and __eq__ and defers the dataclass bookkeeping to the
    # first dataclasses.fields() / asdict() / replace() / is_dataclass() on the class.
    class _LazyFields:
        def __get__(self, obj, owner):
            del owner.__dataclass_fields__
            _dc.dataclass(init=False, repr=False, eq=False)(owner)
            return owner.__dataclass_fields__

    _LAZY_FIELDS = _LazyFields()

    def _repr(self):
        names = type(self).__annotations__
        return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    def _eq(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in type(self).__annotations__)

    def _dataclass(cls):
        cls.__dataclass_fields__ = _LAZY_FIELDS
        cls.__repr__ = _repr
        cls.__eq__ = _eq
        cls.__hash__ = None
        return cls


def _obj(parse: _t.Callable[[_t.Any], _t.Any], value: _t.Any) -> _t.Any:
    return parse(value) if isinstance(value, dict) else value


def _enum_or_raw(cls: _t.Any, value: _t.Any) -> _t.Any:
    # A value the spec does not list stays as it came (str, int...): servers add values.
    try:
        return cls(value)
    except ValueError:
        return value


def _list(parse: _t.Callable[[_t.Any], _t.Any], value: _t.Any) -> _t.Any:
    return [parse(v) for v in value] if isinstance(value, list) else value


def _list_obj(parse: _t.Callable[[_t.Any], _t.Any], value: _t.Any) -> _t.Any:
    if not isinstance(value, list):
        return value
    return [parse(v) if isinstance(v, dict) else v for v in value]


def _list_enum(cls: _t.Any, value: _t.Any) -> _t.Any:
    return [_enum_or_raw(cls, v) for v in value] if isinstance(value, list) else value


def _map(parse: _t.Callable[[_t.Any], _t.Any], value: _t.Any) -> _t.Any:
    return {k: parse(v) for k, v in value.items()} if isinstance(value, dict) else value


def _map_obj(parse: _t.Callable[[_t.Any], _t.Any], value: _t.Any) -> _t.Any:
    if not isinstance(value, dict):
        return value
    return {k: parse(v) if isinstance(v, dict) else v for k, v in value.items()}


def _map_enum(cls: _t.Any, value: _t.Any) -> _t.Any:
    return {k: _enum_or_raw(cls, v) for k, v in value.items()} if isinstance(value, dict) else value


# One candidate of a union: (from_dict, required wire names, all wire names, discriminator
# property or "", the discriminator values that select it).
_Candidate = tuple[
    _t.Callable[[_t.Any], _t.Any], tuple[str, ...], tuple[str, ...], str, tuple[_t.Any, ...]
]


def _pick(value: dict[str, _t.Any], candidates: tuple[_Candidate, ...]) -> _t.Any:
    # The discriminator decides when there is one; else the member whose required fields are
    # all present and that knows the most of the keys (first in the spec on a tie).
    for parse, _req, _keys, prop, values in candidates:
        if prop and prop in value and value[prop] in values:
            return parse(value)
    best: _t.Any = None
    best_score = (-1, -1)
    for parse, req, keys, _prop, _values in candidates:
        score = (int(all(k in value for k in req)), sum(1 for k in keys if k in value))
        if score > best_score:
            best, best_score = parse, score
    return best(value) if best is not None else value


def _first_enum(classes: tuple[_t.Any, ...], value: _t.Any) -> _t.Any:
    for cls in classes:
        try:
            return cls(value)
        except ValueError:
            pass
    return value


def _ser(value: _t.Any) -> _t.Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, _enum.Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, dict):
        return {k: _ser(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_ser(v) for v in value]
    return value

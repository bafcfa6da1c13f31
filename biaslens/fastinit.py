"""`fast_init`: a quicker constructor for the frozen, slotted records of `biaslens.types`
and `biaslens.report` (built with `exec` from the class's own field names)."""

from __future__ import annotations

from dataclasses import MISSING, fields
from operator import attrgetter


def fast_init(cls: type) -> type:
    """Give a frozen, slotted dataclass a quicker constructor with the same signature.

    The ``__init__`` that `dataclass` generates for a frozen class stores every
    field with ``object.__setattr__(self, name, value)``, a generic attribute
    lookup per field; even a store through the slot's own descriptor
    (``Cls.name.__set__``) is a call per field. An analysis builds several
    hundred records an article, so the record is built instead by a generated
    ``__new__`` as an instance of a plain *twin* class with the very same slots
    (not frozen, so each field is one ordinary attribute store), whose
    ``__class__`` is then set to the record's class: the layouts are identical,
    so Python allows the switch, and the object is from then on an ordinary
    frozen record. ``__init__`` is left to ``object``; ``__reduce__`` rebuilds a
    record from its fields (pickle, copy). Everything else stays dataclass
    machinery: fields(), replace(), asdict(), equality, hashing, repr and the
    frozen ``__setattr__``. Refused: classes with ``__post_init__`` or
    ``init=False`` fields (the constructor would not reproduce them), classes with
    a base class, and subclasses of a decorated class (the twin has its layout only).
    """
    if "__post_init__" in vars(cls) or "__slots__" not in vars(cls) or cls.__bases__ != (object,):
        raise TypeError(f"fast_init: {cls.__name__} must be a slotted dataclass without __post_init__ "
                        "or base class")
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": cls.__slots__})
    params: list[str] = []
    body: list[str] = ["    self = _alloc(_TWIN)"]
    env: dict[str, object] = {"_FACTORY": _FACTORY, "_TWIN": twin, "_alloc": object.__new__}
    names = []
    for f in fields(cls):
        name = f.name
        if not f.init or f.kw_only:
            raise TypeError(f"fast_init: field {cls.__name__}.{name} is not a plain init field")
        names.append(name)
        if f.default is not MISSING:
            env[f"_default_{name}"] = f.default
            params.append(f"{name}=_default_{name}")
        elif f.default_factory is not MISSING:
            env[f"_factory_{name}"] = f.default_factory
            params.append(f"{name}=_FACTORY")
            body.append(f"    if {name} is _FACTORY:\n        {name} = _factory_{name}()")
        else:
            params.append(name)
        body.append(f"    self.{name} = {name}")
    body += ["    self.__class__ = cls  # the twin's layout is the record's: now a frozen record", "    return self"]
    source = f"def __new__(cls, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(source, env)  # noqa: S102 - source built above from the class's own field names
    new = env["__new__"]
    new.__qualname__ = f"{cls.__qualname__}.__new__"
    new.__module__ = cls.__module__
    new.__doc__ = cls.__init__.__doc__
    cls.__new__ = staticmethod(new)
    del cls.__init__  # object.__init__: the fields are set by __new__
    values = attrgetter(*names) if len(names) > 1 else (lambda obj: tuple(getattr(obj, n) for n in names))
    cls.__reduce__ = lambda self: (type(self), values(self))
    cls.__init_subclass__ = classmethod(_no_subclass)
    return cls


def _no_subclass(cls, **kwargs) -> None:
    raise TypeError(f"{cls.__name__}: a fast_init record cannot be subclassed")


class _Factory:
    """Marks a defaulted parameter whose value comes from a default_factory."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()

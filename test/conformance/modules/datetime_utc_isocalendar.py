# datetime.UTC (3.11's alias of timezone.utc); isocalendar()'s type is not a module attribute and pickles as a tuple
import copy
import datetime
import pickle

d = datetime.date(2024, 1, 1).isocalendar()
print(d, repr(d), type(d).__name__, d.year, d.week, d.weekday)
print(pickle.loads(pickle.dumps(d)), type(pickle.loads(pickle.dumps(d))).__name__, copy.copy(d), copy.deepcopy(d))
print(datetime.datetime(2024, 12, 30).isocalendar(), datetime.date(2021, 1, 3).isocalendar() == (2020, 53, 7))
print(datetime.UTC, datetime.UTC is datetime.timezone.utc, repr(datetime.UTC))
print(datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC).isoformat(), datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC).tzname())
print(hasattr(datetime, "IsoCalendarDate"), [x for x in dir(datetime) if not x.startswith("_") and x not in ("sys", "datetime_CAPI")])

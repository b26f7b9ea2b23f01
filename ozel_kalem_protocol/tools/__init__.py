from . import seating

"""The app's colours, in one place: what each means, not where it is used.

Text colours keep a contrast of at least 4.5:1 on a white window (WCAG AA): #b00020 is 7.2:1,
#1b6e2e is 6.3:1. Meaning is never carried by colour alone: every coloured text also says it in
words.
"""

from __future__ import annotations

ERROR = "#b00020"  # something failed or is refused
OK = "#1b6e2e"  # checked and fine
GOOD = "#2b8a3e"  # a lighter green for fills (charts, strength meter)
GRID = "#dddddd"  # chart grid lines
DIMMED = "#777777"  # set aside (superseded, not counted); still 4.5:1 on white
PENDING = "#8a5a00"  # waiting for something (screening not finished)
WEAK = "#d9480f"  # a weak passphrase
FAIR = "#e0a800"  # a passphrase that is only fair
LABEL = "#222222"  # chart labels
AXIS = "#888888"  # chart axis
# One colour per dashboard chart, distinct for colour-blind readers (the charts are labelled).
CHART_STATUS = "#3b5bdb"
CHART_MONTH = GOOD
CHART_CLEARANCE = "#e8590c"
CHART_COUNTRY = "#862e9c"

ERROR_STYLE = f"color: {ERROR};"
OK_STYLE = f"color: {OK};"
ERROR_BOLD_STYLE = f"color: {ERROR}; font-weight: bold;"

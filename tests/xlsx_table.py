"""Read the table part of an exported sheet: below the heading block, from the row whose first cell is "STT"."""


def table_rows(sheet) -> tuple[int, list[tuple]]:
    """Return the 1-based row number of the headings and the rows from there on, the STT column dropped."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(index for index, row in enumerate(rows) if row and row[0] == "STT")
    numbers = [row[0] for row in rows[start + 1:] if any(value is not None for value in row[1:])]
    assert numbers[:-1] == list(range(1, len(numbers)))  # numbered 1, 2, … (the totals line may have none)
    return start + 1, [tuple(row[1:]) for row in rows[start:]]

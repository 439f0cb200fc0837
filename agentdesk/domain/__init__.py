"""Pure-Python core: values, periods and indicator maths. No Qt, SQL, HTTP or index here."""

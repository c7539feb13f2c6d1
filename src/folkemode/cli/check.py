"""``folkemode check``: the import's diagnostics and the programme checks' findings."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from folkemode.cli.common import EXIT_OK, EXIT_PROBLEMS, read_input, read_with
from folkemode.errors import Diagnostic, InvalidInput, Severity
from folkemode.summary import ImportSummary, counted

if TYPE_CHECKING:
    from folkemode.checks import Finding


def _codes(values: Sequence[str] | None) -> list[str] | None:
    """``--select S,R101 --select D``: the codes, comma-separated or repeated."""
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def run(args: argparse.Namespace) -> int:
    from folkemode.checks import check, parse_with_lines

    source = "<stdin>" if args.input == "-" else args.input
    as_json = args.output_format == "json"
    try:
        text, filename = read_input(args.input)
        source = filename or "<stdin>"
        result, lines = read_with(parse_with_lines, args, text, filename, args.source_format)
    except InvalidInput as error:
        source = error.source or source
        if as_json:
            _print_json(source, error.diagnostics, (), None)
        else:
            for diagnostic in error.diagnostics:
                print(diagnostic.located(source))
        print(
            f"{source}: could not be imported, {counted(len(error.diagnostics), 'error')}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    findings = check(
        result.event,
        select=_codes(args.select),
        ignore=_codes(args.ignore) or (),
        locale=args.locale,
        walking_time=args.walking_time,
        lines=lines,
        diagnostics=result.diagnostics,
    )
    # What the checks report for the importer ("weekday") is listed once, as a finding.
    shown = [
        d
        for d in (result.diagnostics if args.verbose else result.problems)
        if d.code not in SURFACED_DIAGNOSTICS
    ]
    summary = result.summary
    if as_json:
        _print_json(source, shown, findings, summary)
    else:
        # one list in line order: what the importer said and what the checks found
        said = [(d.line or 0, 0, d.located(source)) for d in shown]
        said += [(f.line or 0, 1, f.located(source)) for f in findings]
        for _, _, line in sorted(said, key=lambda entry: entry[:2]):
            print(line)
        print(f"{source}: {summary}")
        if findings:
            print(f"{source}: {_finding_counts(findings)}")
    import_problems = any(d.severity != Severity.INFO for d in shown) or any(
        f.code in SURFACED_DIAGNOSTICS.values() for f in findings
    )
    errors = any(f.severity == Severity.ERROR for f in findings)
    return EXIT_PROBLEMS if import_problems or errors else EXIT_OK


#: Import diagnostics that ``check`` lists as findings of a check, by code.
SURFACED_DIAGNOSTICS = {"weekday": "T104"}


def _finding_counts(findings: Sequence[Finding]) -> str:
    """ "3 findings: 1 error, 1 warning, 1 info"."""
    by_severity = {severity: 0 for severity in Severity}
    for finding in findings:
        by_severity[finding.severity] += 1
    counts = ", ".join(
        counted(number, str(severity), "infos" if severity == Severity.INFO else None)
        for severity, number in by_severity.items()
    )
    return f"{counted(len(findings), 'finding')}: {counts}"


def _print_json(
    source: str,
    diagnostics: Sequence[Diagnostic],
    findings: Sequence[Finding],
    summary: ImportSummary | None,
) -> None:
    """``check --format json``: the import's diagnostics, the findings and the summary."""
    document = {
        "file": source,
        "diagnostics": [
            {
                "code": d.code,
                "severity": str(d.severity),
                "message": d.message,
                "line": d.line,
                "path": d.path,
            }
            for d in diagnostics
        ],
        "findings": [f.as_dict() for f in findings],
        "summary": None if summary is None else str(summary),
    }
    print(json.dumps(document, indent=2, ensure_ascii=False))

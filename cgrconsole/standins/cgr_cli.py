"""Command-line options of ``cgrconsole standin cgr`` (kept apart so ``cgr.py`` stays about the server)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import get_args

from cgrconsole.core.uplink.cgr.settings import DEFAULT_FIELD_MAPPING, DirectionValues
from cgrconsole.standins.cgr_rules import AuthShape, CgrStandinConfig, TruckShape

TOKEN_ENV = "CGR_STANDIN_REGISTRATION_TOKEN"  # not an option: a command line is visible to every user


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="cgrconsole standin cgr", description="Local CarGoRuqsat API stand-in"
    )
    add = parser.add_argument
    add(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; 0.0.0.0 or a LAN/VPN address lets other PCs use "
        "the API; the /__standin/ control API answers this PC only)",
    )
    add("--port", type=int, default=0, help="port (default: any free one, printed on start)")
    add("--mode", choices=["Checkpoint", "WaitingArea"], default="Checkpoint")
    add(
        "--field",
        action="append",
        default=[],
        metavar="LOGICAL=JSON",
        help="a field name as in [uplink.cgr.field_mapping], e.g. plate=grnz (repeatable; JSON= omits it)",
    )
    add("--direction-values", default="In,Out", metavar="ENTRY,EXIT")
    add("--direction-as-number", action="store_true")
    add("--archive-link-prefix", default="")
    add("--photo-max-kb", type=int, default=300)
    add("--token-ttl", type=float, default=3600.0, help="bearer token lifetime in seconds")
    add("--token-format", choices=["jwt", "opaque"], default="jwt")
    add("--auth-shape", choices=get_args(AuthShape), default="json_string")
    add("--truck-numbers", default="", metavar="PLATE,PLATE", help="the day's queue")
    add("--truck-numbers-shape", choices=get_args(TruckShape), default="strings")
    add("--events-file", default="", help="append each accepted event to this JSON-lines file")
    add("--tls-cert", type=Path, help="serve HTTPS with this PEM certificate")
    add("--tls-key", type=Path, help="and this PEM key")
    args = parser.parse_args(argv)
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error("--tls-cert and --tls-key go together")
    return args


def config_from_args(args: argparse.Namespace) -> CgrStandinConfig:
    mapping = dict(DEFAULT_FIELD_MAPPING)
    for item in args.field:
        key, _, name = item.partition("=")
        if key not in mapping:
            raise SystemExit(f"--field {item}: unknown field; known: {', '.join(mapping)}")
        mapping[key] = name
    entry, _, exit_ = args.direction_values.partition(",")
    return CgrStandinConfig(
        registration_token=os.environ.get(TOKEN_ENV, "demo-registration-token"),
        mode=args.mode,
        field_mapping=mapping,
        direction_values=DirectionValues(entry, exit_, args.direction_as_number),
        archive_link_prefix=args.archive_link_prefix,
        photo_max_kb=args.photo_max_kb,
        token_ttl_s=args.token_ttl,
        token_format=args.token_format,
        auth_shape=args.auth_shape,
        truck_numbers_shape=args.truck_numbers_shape,
        events_file=args.events_file,
    )

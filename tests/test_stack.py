"""Pins the stack needs: a resolver change that breaks Prefect must fail here first."""

from __future__ import annotations

from importlib.metadata import version

from packaging.version import Version


def test_fastapi_is_below_the_version_that_breaks_prefects_server():
    # prefect 3.8 + fastapi >= 0.151: "Body() got an unexpected keyword argument 'min_items'"
    assert Version(version("fastapi")) < Version("0.151")
    from prefect.server.api.server import create_app

    assert create_app(ephemeral=True) is not None


def test_sqlalchemy_is_below_the_version_that_stops_cron_schedules():
    # prefect 3.8 + SQLAlchemy 2.1: the scheduler service fails and crons never fire.
    assert Version(version("sqlalchemy")) < Version("2.1")
    from datetime import timedelta

    from prefect.server.database import provide_database_interface
    from prefect.server.services.scheduler import _get_select_deployments_to_schedule_query
    from sqlalchemy.dialects import sqlite

    query = _get_select_deployments_to_schedule_query(
        provide_database_interface(), 10, 3, timedelta(hours=1)
    )
    assert "deployment" in str(query.compile(dialect=sqlite.dialect())).lower()

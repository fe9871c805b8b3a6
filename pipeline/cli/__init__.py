"""The `jixiao` command line (`pipeline.cli:app`)."""
from pipeline.cli.app import app

__all__ = ["app"]

"""MigDesk: an offline desktop tool for intergovernmental committees on migration."""

__version__ = "0.1.0"
APP_NAME = "MigDesk"
EXCHANGE_SUFFIX = ".migdesk"  # the file name ending of exchange files

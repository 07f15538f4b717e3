"""政府信息公开年报助手 — draft, check and publish the statutory annual disclosure report.

Metadata is defined here once; the CLI, the window, the PyInstaller spec and the installer
builders all import it from this module.
"""

__version__ = "0.2.0"
APP_NAME = "政府信息公开年报助手"
APP_NAME_ASCII = "disclosure-gui"
APP_ID = "cn.gov.disclosure-annual-report"
ORGANIZATION = "disclosure-gui"

from .cli_report import main

main()

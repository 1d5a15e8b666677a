target_sources(cehours_cli_commands PRIVATE cli/cmd_credits.cpp cli/cmd_rules.cpp)
target_sources(cehours_cli_commands PRIVATE cli/cmd_export.cpp cli/cmd_print.cpp)
target_sources(cehours_cli_commands PRIVATE cli/cmd_backup.cpp)

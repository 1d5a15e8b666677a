; CE Hours uninstaller: per-user data is kept unless the user chooses to delete it.
; Included into the "Uninstall" section through CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS.
; Data: QStandardPaths::AppDataLocation = %APPDATA%\cehours\cehours (database + evidence store),
; %LOCALAPPDATA%\cehours\cehours (caches), settings in HKCU\Software\cehours\cehours.
; A database moved elsewhere from the settings (storage/databasePath) is never touched.

  ; The uninstaller may run with "all users" shell folders; remember which, switch to the user's.
  StrCpy $R9 $APPDATA
  SetShellVarContext current
  IfFileExists "$APPDATA\cehours\cehours\*.*" 0 cehours_data_done
  StrCmp $LANGUAGE 2052 cehours_ask_zh
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "${CEHOURS_ASK_REMOVE_DATA_EN}" /SD IDNO IDYES cehours_remove_data
  Goto cehours_data_done
cehours_ask_zh:
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "${CEHOURS_ASK_REMOVE_DATA_ZH}" /SD IDNO IDYES cehours_remove_data
  Goto cehours_data_done
cehours_remove_data:
  RMDir /r "$APPDATA\cehours\cehours"
  RMDir "$APPDATA\cehours"
  RMDir /r "$LOCALAPPDATA\cehours\cehours"
  RMDir "$LOCALAPPDATA\cehours"
  DeleteRegKey HKCU "Software\cehours\cehours"
  DeleteRegKey /ifempty HKCU "Software\cehours"
cehours_data_done:
  StrCmp $R9 $APPDATA +2
  SetShellVarContext all

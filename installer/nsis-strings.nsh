; CE Hours: strings for the NSIS installer (UTF-8 with BOM, so makensis reads it right under any code page).
; Included near the top of the CPack-generated script through CPACK_NSIS_DEFINES.
!define CEHOURS_NAME_ZH "继续教育学时登记"
!define CEHOURS_ASK_REMOVE_DATA_ZH "是否同时删除您的 CE Hours 数据（数据库、证明材料和设置）？$\n$\n选择“否”将保留这些数据，重新安装后可继续使用。已移动到其他文件夹（如共享盘）的数据库不会被删除。"
!define CEHOURS_ASK_REMOVE_DATA_EN "Also delete your CE Hours data (database, evidence files and settings)?$\n$\nChoose No to keep it for a later installation. A database that was moved to another folder (e.g. a shared drive) is never deleted."

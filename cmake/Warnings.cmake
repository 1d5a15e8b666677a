# Warnings for our own targets only (system Qt headers are included as SYSTEM by Qt's imported targets).
function(cehours_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra)
  endif()
  target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_BEFORE=0x060000)
endfunction()

@echo off
rem wnet for Windows: runs wnet.jar beside this file with the java on PATH (JDK or JRE 17+).
rem WNET_JAVA_OPTS comes after the start-up flags and wins; every argument is passed on as given.
setlocal
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData %WNET_JAVA_OPTS% -jar "%~dp0wnet.jar" %*
exit /b %ERRORLEVEL%

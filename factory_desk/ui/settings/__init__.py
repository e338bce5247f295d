"""The Settings area: interface language, the open database, the app's folders."""

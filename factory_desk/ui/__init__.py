"""The Qt interface: start-up, the main window, one package per area, and the form classes generated from
forms/*.ui. Nothing below this package imports Qt."""

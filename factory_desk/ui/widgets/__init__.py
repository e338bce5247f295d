"""Small pieces shared by the screens: the base of every table model, search-as-you-type."""

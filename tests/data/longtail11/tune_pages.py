TUNE = {}

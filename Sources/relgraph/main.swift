import RelGraphCommands

RelGraphCommand.runAsMain()

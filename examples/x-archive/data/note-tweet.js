window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1785844179635824948",
      "updatedAt" : "2024-05-02T01:30:06.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Published",
        "originalName" : "Published",
        "annotations" : { }
      },
      "createdAt" : "2024-05-02T01:30:06.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Bon, parlons du retour au bureau trois jours par semaine. J'ai passé la soirée à réfléchir à la logistique : la garderie du plus jeune, le trajet sur le pont, le stationnement qui coûte une fortune, les postes de travail partagés qu'il faut réserver une semaine d'avance. Je comprends que la décision vient d'en haut et je vais m'adapter, comme tout le monde. Mais franchement, mon directeur est un menteur pathologique et toute la haute gestion de mon ministère est une bande d'hypocrites méprisants qui se fichent complètement de leurs employés. Voilà, c'est dit. 😤",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]
window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1710641624605149050",
      "fullText" : "Les couleurs sont à leur apogée dans le secteur du lac Mulvihill cette fin de semaine 🍁 Arrivez tôt, les stationnements se remplissent vite!",
      "expandedUrl" : "https://twitter.com/i/web/status/1710641624605149050"
    }
  },
  {
    "like" : {
      "tweetId" : "1497265134096178075",
      "fullText" : "New this week: a tiny dumpling counter in the ByWard Market. Cash only, worth it 🥟",
      "expandedUrl" : "https://twitter.com/i/web/status/1497265134096178075"
    }
  },
  {
    "like" : {
      "tweetId" : "1553352206106511295",
      "fullText" : "A thread on regular expressions for people who are scared of regular expressions 🧵👇",
      "expandedUrl" : "https://twitter.com/i/web/status/1553352206106511295"
    }
  },
  {
    "like" : {
      "tweetId" : "1193201583443287985",
      "fullText" : "Raclette night was a success. My kitchen smells like cheese forever now 🧀",
      "expandedUrl" : "https://twitter.com/i/web/status/1193201583443287985"
    }
  },
  {
    "like" : {
      "tweetId" : "1812938939821497382",
      "fullText" : "Alerte de chaleur : humidex de 40 attendu demain. Buvez de l'eau et prenez soin des plus vulnérables ☀️💧",
      "expandedUrl" : "https://twitter.com/i/web/status/1812938939821497382"
    }
  }
]